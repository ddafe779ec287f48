package io.crossflow.project;

import java.util.UUID;

/**
 * A partner's hand-off of a work item is due soon and it has not delivered yet (timer {@code
 * ReminderBeforeDue} of process {@code work-package-handoff}).
 *
 * <p>Published inside the engine's transaction, after the work item's {@code handoffRemindedAt}
 * was recorded; listen in that transaction ({@code @EventListener}, as the notification outbox
 * does) or after commit with {@code @ApplicationModuleListener} (docs/adr/0003), so a rolled-back
 * reminder notifies nobody. Raised once each
 * time the partner's delivery task becomes active and its reminder date passes, so a hand-off sent
 * back for rework after that date reminds the partner again. Carries ids only: look the work item
 * up with {@link WorkItems#find}.
 *
 * @param tenantId the tenant of the work item and of the process instance
 * @param projectId the work item's project
 * @param workItemId the handed-off work item
 * @param partnerOrganisationId the organisation that has to deliver: whom to remind
 */
public record WorkPackageReminderDue(UUID tenantId, UUID projectId, UUID workItemId, UUID partnerOrganisationId) {}
