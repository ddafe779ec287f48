package io.crossflow.workflow.internal;

import io.crossflow.tenancy.TenantResumed;
import io.crossflow.tenancy.TenantSuspended;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pauses a suspended tenant's engine work and resumes it exactly, in the (un)suspending
 * transaction. Suspending a process definition suspends its timer start events and refuses new
 * instances; suspending an instance suspends its jobs (timers, asynchronous continuations) and
 * tasks. Only what was active is suspended, and its ids are kept ({@code wfl_tenant_suspension}),
 * so resuming activates those and nothing that an operator had suspended on purpose before.
 */
@Component
class TenantSuspension {

    private static final String DEFINITION = "DEFINITION";
    private static final String INSTANCE = "INSTANCE";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    TenantSuspension(RepositoryService repository, RuntimeService runtime, JdbcClient jdbc) {
        this.repository = repository;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TenantSuspended event) {
        String tenant = event.tenantId().toString();
        List<String> definitions = repository.createProcessDefinitionQuery().tenantIdIn(tenant).active().list().stream()
                .map(ProcessDefinition::getId)
                .toList();
        List<String> instances = runtime.createProcessInstanceQuery().tenantIdIn(tenant).active().list().stream()
                .map(ProcessInstance::getId)
                .toList();
        for (String definition : definitions) {
            record(event, DEFINITION, definition);
            repository
                    .updateProcessDefinitionSuspensionState()
                    .byProcessDefinitionId(definition)
                    .includeProcessInstances(false)
                    .suspend();
        }
        if (!instances.isEmpty()) {
            instances.forEach(instance -> record(event, INSTANCE, instance));
            runtime.updateProcessInstanceSuspensionState()
                    .byProcessInstanceIds(instances)
                    .suspend();
        }
    }

    @EventListener
    void on(TenantResumed event) {
        List<String> definitions = recorded(event.tenantId(), DEFINITION);
        List<String> instances = recorded(event.tenantId(), INSTANCE);
        for (String definition : definitions) {
            repository
                    .updateProcessDefinitionSuspensionState()
                    .byProcessDefinitionId(definition)
                    .includeProcessInstances(false)
                    .activate();
        }
        // an instance that ended meanwhile (it cannot, suspended; but an operator may have deleted it) is skipped
        List<String> remaining = instances.isEmpty()
                ? List.of()
                : runtime
                        .createProcessInstanceQuery()
                        .processInstanceIds(new java.util.HashSet<>(instances))
                        .list()
                        .stream()
                        .map(ProcessInstance::getId)
                        .toList();
        if (!remaining.isEmpty()) {
            runtime.updateProcessInstanceSuspensionState()
                    .byProcessInstanceIds(remaining)
                    .activate();
        }
        jdbc.sql("delete from wfl_tenant_suspension where tenant_id = ?")
                .param(event.tenantId())
                .update();
    }

    private void record(TenantSuspended event, String kind, String id) {
        jdbc.sql(
                        "insert into wfl_tenant_suspension (tenant_id, kind, engine_id) values (?, ?, ?) on conflict do nothing")
                .params(event.tenantId(), kind, id)
                .update();
    }

    private List<String> recorded(java.util.UUID tenantId, String kind) {
        return jdbc.sql("select engine_id from wfl_tenant_suspension where tenant_id = ? and kind = ?")
                .params(tenantId, kind)
                .query(String.class)
                .list();
    }
}
