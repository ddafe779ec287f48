package io.crossflow.automation.internal;

import io.crossflow.automation.Trigger;
import java.util.Map;
import java.util.UUID;

/**
 * A committed change, as the rules see it: which trigger, a stable id (so a redelivery is
 * recognised), the fields conditions test, and the object it is about.
 *
 * @param workItemId set for work-item triggers: the item actions change
 * @param objectId the work item, ticket or task id; the business key of a started process
 */
record RuleEvent(
        Trigger trigger,
        String eventId,
        UUID tenantId,
        UUID projectId,
        UUID workItemId,
        String objectId,
        String title,
        UUID assigneeUserId,
        UUID assigneeOrganisationId,
        Map<String, Object> fields) {}
