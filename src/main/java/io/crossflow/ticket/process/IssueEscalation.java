package io.crossflow.ticket.process;

import java.util.Map;

/**
 * Constants of {@code processes/issue-escalation.bpmn}: a complaint or issue is triaged within
 * its SLA, then handled at level 1, level 2 and by the project's managers, each step escalated on
 * a timer when left untouched; the reporter confirms the resolution or reopens the ticket.
 */
public final class IssueEscalation {

    private IssueEscalation() {}

    public static final String PROCESS_KEY = "issue-escalation";

    // user tasks
    public static final String TRIAGE_TASK = "TriageIssue";
    public static final String LEVEL_1_TASK = "ResolveAtLevel1";
    public static final String LEVEL_2_TASK = "ResolveAtLevel2";
    public static final String MANAGER_TASK = "ResolveAsManager";
    public static final String CONFIRM_TASK = "ConfirmResolution";

    // interrupting timers: the step's SLA ran out untouched
    public static final String TRIAGE_SLA = "TriageUntouched";
    public static final String LEVEL_1_SLA = "Level1Untouched";
    public static final String LEVEL_2_SLA = "Level2Untouched";
    /** Outside waits: level 1 (a partner's) is reminded before its SLA; the reporter's confirmation both ways. */
    public static final String LEVEL_1_REMINDER = "Level1Reminder";

    public static final String CONFIRM_REMINDER = "ConfirmationReminder";
    public static final String CONFIRM_ESCALATION = "ConfirmationEscalation";

    // escalation service tasks
    public static final String ESCALATE_LEVEL_1 = "EscalateToLevel1";
    public static final String ESCALATE_LEVEL_2 = "EscalateToLevel2";
    public static final String ESCALATE_MANAGER = "EscalateToManager";

    public static final String CLOSED_END = "IssueClosed";

    /** Escalation levels, as they appear in notification dedupe keys ({@code ticket:<id>:level-1}). */
    public static final String LEVEL_1 = "level-1";

    public static final String LEVEL_2 = "level-2";
    public static final String MANAGER = "manager";

    /** The ticket stage each user task stands for. */
    public static final Map<String, String> STAGES = Map.of(
            TRIAGE_TASK, "TRIAGE",
            LEVEL_1_TASK, "LEVEL_1",
            LEVEL_2_TASK, "LEVEL_2",
            MANAGER_TASK, "MANAGER",
            CONFIRM_TASK, "AWAITING_CONFIRMATION");

    // variables set at start (besides tenantId, projectId, startedBy)
    public static final String TICKET_ID = "ticketId";
    public static final String REPORTER_USER_ID = "reporterUserId";
    /** Candidate group of level 1: the routed partner organisation, else the project's members. */
    public static final String LEVEL_1_GROUP = "level1Group";

    // variables set by forms
    /** "resolve" or "escalate" (forms issue-escalation-triage and issue-escalation-resolve). */
    public static final String OUTCOME = "outcome";

    public static final String RESOLUTION = "resolution";
    /** "confirm" or "reopen" (form issue-escalation-confirm). */
    public static final String CONFIRMATION = "confirmation";

    public static final String CONFIRMATION_NOTE = "confirmationNote";
}
