package io.crossflow.project;

import java.util.UUID;

/**
 * A partner's hand-off of a work item passed its due date undelivered (timer {@code
 * OverdueEscalation} of process {@code work-package-handoff}) and was escalated: the project's
 * managers now hold a {@code FollowUpOverdueHandoff} task.
 *
 * <p>Published inside the engine's transaction, after the work item's {@code overdueEscalatedAt}
 * was recorded; listen in that transaction ({@code @EventListener}) or after commit with
 * {@code @ApplicationModuleListener} (docs/adr/0003). Raised once each time the delivery task becomes active and
 * its due date passes, so rework requested after the due date escalates again. Carries ids only.
 *
 * @param tenantId the tenant of the work item and of the process instance
 * @param projectId the work item's project; its managers are escalated to
 * @param workItemId the handed-off work item
 * @param partnerOrganisationId the organisation that failed to deliver in time
 */
public record WorkPackageOverdue(UUID tenantId, UUID projectId, UUID workItemId, UUID partnerOrganisationId) {}
