package io.crossflow.ticket.process;

import java.util.Map;

/**
 * Constants of {@code processes/support-request.bpmn}: a partner or customer asks the service
 * desk (the tenant's service group, {@code crossflow.ticket.support.service-desk-capability}) for
 * help; the service desk answers within the first-response SLA, the requester confirms the answer
 * or replies to it.
 */
public final class SupportRequest {

    private SupportRequest() {}

    public static final String PROCESS_KEY = "support-request";

    // user tasks
    public static final String ANSWER_TASK = "AnswerSupportRequest";
    public static final String CONFIRM_TASK = "ConfirmSupportAnswer";

    // timers: the first response is late (non-interrupting); the requester did not reply (closes)
    public static final String FIRST_RESPONSE_SLA = "FirstResponseDue";
    public static final String REPLY_WINDOW = "ReplyWindowClosed";
    /** The requester is reminded of an answer it has not confirmed (the reply window closes it later). */
    public static final String ANSWER_REMINDER = "AnswerReminder";

    /** The resolution SLA (non-interrupting timer starting the event sub-process {@value #RESOLUTION_SUB_PROCESS}). */
    public static final String RESOLUTION_SLA = "ResolutionDue";

    public static final String RESOLUTION_SUB_PROCESS = "ResolutionSlaWatch";
    public static final String RESOLUTION_BREACH_REPORTED_END = "ResolutionBreachReported";

    public static final String BREACH_REPORTED_END = "BreachReported";
    public static final String CLOSED_END = "SupportRequestClosed";

    /** The ticket stage each user task stands for. */
    public static final Map<String, String> STAGES =
            Map.of(ANSWER_TASK, "WITH_SERVICE_DESK", CONFIRM_TASK, "AWAITING_REQUESTER");

    // variables set at start (besides tenantId, projectId, startedBy)
    public static final String TICKET_ID = "ticketId";
    public static final String REPORTER_USER_ID = "reporterUserId";
    /** Candidate group of the service desk: {@code tenant:<tenantId>:<CAPABILITY>}. */
    public static final String SERVICE_GROUP = "serviceGroup";
    /** ISO-8601 duration of the first-response SLA, from the tenant's service desk ({@code PT24H}). */
    public static final String FIRST_RESPONSE_DURATION = "firstResponseSla";
    /** ISO-8601 duration of the resolution SLA, from the tenant's service desk ({@code PT120H}). */
    public static final String RESOLUTION_DURATION = "resolutionSla";

    // variables set by forms
    /** The service desk's answer (form support-request-answer); shown to the requester in the ticket's history. */
    public static final String ANSWER = "answer";
    /** "confirm" or "reply" (form support-request-confirm). */
    public static final String CONFIRMATION = "confirmation";
    /** The requester's reply to the answer; shown in the ticket's history when it returns to the service desk. */
    public static final String REPLY = "reply";

    /** What a stage's history entry says: the answer on the way to the requester, the reply on the way back. */
    static final Map<String, String> NOTE_ON_ENTERING = Map.of(CONFIRM_TASK, ANSWER, ANSWER_TASK, REPLY);
}
