package io.crossflow.supply.process;

/**
 * Constants of {@code processes/approval.bpmn} and its decision {@code processes/approval-levels.dmn}:
 * the decision picks how many levels approve (1–3); level 1 is the project's managers, level 2 the
 * tenant's managers, level 3 the tenant admins; a rejection at any level ends it.
 */
public final class Approval {

    private Approval() {}

    public static final String PROCESS_KEY = "approval";
    public static final String DECISION_KEY = "approval-levels";

    // elements
    public static final String DECIDE_LEVELS_TASK = "DecideApprovalLevels";
    public static final String APPROVE_TASK = "ApproveAtLevel";
    public static final String APPROVED_END = "ApprovalApproved";
    public static final String REJECTED_END = "ApprovalRejected";

    // variables set at start (besides tenantId, projectId, startedBy)
    /** PURCHASE, CHANGE, BUDGET (any other type needs every level). */
    public static final String TYPE = "type";
    /** Double: the amount at stake. */
    public static final String AMOUNT = "amount";
    /** What is to be approved, for people: e.g. "Order SO-12: 40 castings". */
    public static final String SUBJECT = "subject";

    // variables set by the process
    /** Integer: how many levels approve, from the decision. */
    public static final String APPROVAL_LEVELS = "approvalLevels";
    /** Integer: the level now deciding, from 1. */
    public static final String APPROVAL_LEVEL = "approvalLevel";
    /** The candidate group of the level now deciding. */
    public static final String APPROVER_GROUP = "approverGroup";

    // variables set by form approval-decision
    /** "approve" or "reject". */
    public static final String DECISION = "approvalDecision";

    public static final String COMMENT = "approvalComment";
}
