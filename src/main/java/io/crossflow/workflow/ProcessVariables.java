package io.crossflow.workflow;

/** Variables every Crossflow process instance carries, set by {@link Processes#start}. */
public final class ProcessVariables {

    private ProcessVariables() {}

    public static final String TENANT_ID = "tenantId";
    public static final String PROJECT_ID = "projectId";
    public static final String STARTED_BY = "startedBy";
}
