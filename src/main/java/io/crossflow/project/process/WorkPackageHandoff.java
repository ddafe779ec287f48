package io.crossflow.project.process;

/**
 * Constants of {@code processes/work-package-handoff.bpmn}: an internal owner hands a work item to
 * a partner organisation, which accepts or declines, delivers, and is reviewed (approve or rework).
 */
public final class WorkPackageHandoff {

    private WorkPackageHandoff() {}

    public static final String PROCESS_KEY = "work-package-handoff";

    // user tasks
    public static final String ACCEPT_TASK = "AcceptWorkPackage";
    public static final String DELIVER_TASK = "DeliverWorkPackage";
    public static final String REVIEW_TASK = "ReviewDelivery";
    public static final String FOLLOW_UP_OVERDUE_TASK = "FollowUpOverdueHandoff";

    // boundary timers on the delivery task
    public static final String REMINDER_TIMER = "ReminderBeforeDue";
    public static final String OVERDUE_TIMER = "OverdueEscalation";

    /** Non-interrupting timers on the accept step (durations: {@code WorkflowProperties}, per instance overridable). */
    public static final String ACCEPTANCE_REMINDER_TIMER = "AcceptanceReminder";

    public static final String ACCEPTANCE_ESCALATION_TIMER = "AcceptanceEscalation";

    // variables set at start (besides tenantId, projectId, startedBy)
    public static final String WORK_ITEM_ID = "workItemId";
    public static final String PARTNER_ORGANISATION_ID = "partnerOrganisationId";
    /** java.util.Date: end of the due day; the delivery task's due date and the overdue timer. */
    public static final String DUE_AT = "dueAt";
    /** java.util.Date: when the partner is reminded. */
    public static final String REMINDER_AT = "reminderAt";

    // variables set by forms
    /** "accept" or "decline" (form accept-work-package). */
    public static final String DECISION = "decision";

    public static final String DECLINE_REASON = "declineReason";
    /** Reference to the delivered result (form deliver-work-package), required. */
    public static final String DELIVERABLE_REFERENCE = "deliverableReference";

    public static final String DELIVERY_NOTE = "deliveryNote";
    /** "approve" or "rework" (form review-delivery). */
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    public static final String REVIEW_COMMENT = "reviewComment";
}
