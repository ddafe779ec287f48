package io.crossflow.ticket.process;

import java.util.Map;

/**
 * Constants of {@code processes/change-request.bpmn}: triage, impact assessment by the partner,
 * internal approval, customer sign-off when the customer is affected, implementation, verification.
 */
public final class ChangeRequest {

    private ChangeRequest() {}

    public static final String PROCESS_KEY = "change-request";

    // user tasks
    public static final String TRIAGE_TASK = "TriageChangeRequest";
    public static final String ASSESS_TASK = "AssessImpact";
    public static final String APPROVE_TASK = "ApproveChange";
    public static final String SIGN_OFF_TASK = "CustomerSignOff";
    public static final String IMPLEMENT_TASK = "ImplementChange";
    public static final String VERIFY_TASK = "VerifyChange";

    // SLA timers (non-interrupting), one per user task
    public static final String TRIAGE_SLA = "TriageSla";
    public static final String ASSESS_SLA = "AssessmentSla";
    public static final String APPROVE_SLA = "ApprovalSla";
    public static final String SIGN_OFF_SLA = "SignOffSla";
    public static final String IMPLEMENT_SLA = "ImplementationSla";
    public static final String VERIFY_SLA = "VerificationSla";
    /** Reminders of the outside waits (the assessor's, the customer's); their SLA timers escalate. */
    public static final String ASSESS_REMINDER = "AssessmentReminder";

    public static final String SIGN_OFF_REMINDER = "SignOffReminder";

    // end events
    public static final String CLOSED_END = "ChangeClosed";
    public static final String REJECTED_END = "ChangeRejected";
    public static final String SLA_END = "SlaBreachReported";

    /** The ticket stage each user task stands for. */
    public static final Map<String, String> STAGES = Map.of(
            TRIAGE_TASK, "TRIAGE",
            ASSESS_TASK, "IMPACT_ASSESSMENT",
            APPROVE_TASK, "INTERNAL_APPROVAL",
            SIGN_OFF_TASK, "CUSTOMER_SIGN_OFF",
            IMPLEMENT_TASK, "IMPLEMENTATION",
            VERIFY_TASK, "VERIFICATION");

    // variables set at start (besides tenantId, projectId, startedBy)
    public static final String TICKET_ID = "ticketId";
    public static final String REPORTER_USER_ID = "reporterUserId";
    /** Candidate group of the impact assessment: the routed partner, else the project's members. */
    public static final String ASSESSOR_GROUP = "assessorGroup";
    /** Candidate group of the customer sign-off ({@code org:<customer>}); absent when the project has no customer. */
    public static final String CUSTOMER_GROUP = "customerGroup";

    // variables set by forms
    /** "accept" or "reject" (form change-request-triage). */
    public static final String TRIAGE_OUTCOME = "triageOutcome";

    public static final String TRIAGE_NOTE = "triageNote";
    /** Read-only summary of the affected items for the assessor. */
    public static final String AFFECTED_WORK_ITEMS = "affectedWorkItems";

    public static final String EFFORT_DAYS = "effortDays";
    public static final String COST_IMPACT = "costImpact";
    /** Boolean: the change alters the scope agreed with the customer. */
    public static final String SCOPE_CHANGE = "scopeChange";
    /** One line per affected item: {@code <workItemId> <new start> <new end>} (ISO dates, "-" keeps one). */
    public static final String NEW_DATES = "newDates";

    public static final String ASSESSMENT_NOTE = "assessmentNote";
    /** "approve" or "reject" (form change-request-approve). */
    public static final String APPROVAL_OUTCOME = "approvalOutcome";

    public static final String APPROVAL_COMMENT = "approvalComment";
    /** "approve" or "reject" (form change-request-sign-off). */
    public static final String SIGN_OFF_OUTCOME = "signOffOutcome";

    public static final String SIGN_OFF_COMMENT = "signOffComment";
    public static final String IMPLEMENTATION_NOTE = "implementationNote";
    /** "verified" or "rework" (form change-request-verify). */
    public static final String VERIFICATION_OUTCOME = "verificationOutcome";

    public static final String VERIFICATION_NOTE = "verificationNote";

    // variables set by delegates
    /** Boolean set by the assessment: scope, price or dates change for the customer. */
    public static final String CUSTOMER_SIGN_OFF_REQUIRED = "customerSignOffRequired";
}
