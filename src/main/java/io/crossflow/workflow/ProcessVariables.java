package io.crossflow.workflow;

/** Variables every Crossflow process instance carries, set by {@link Processes#start}. */
public final class ProcessVariables {

    private ProcessVariables() {}

    public static final String TENANT_ID = "tenantId";
    public static final String PROJECT_ID = "projectId";
    public static final String STARTED_BY = "startedBy";

    /**
     * ISO-8601 durations of the reminder and the escalation timers on the steps that wait on an
     * outside party; {@link WorkflowProperties} gives the defaults, a start may set its own.
     */
    public static final String OUTSIDE_REMINDER_AFTER = "outsideReminderAfter";

    public static final String OUTSIDE_ESCALATION_AFTER = "outsideEscalationAfter";
}
