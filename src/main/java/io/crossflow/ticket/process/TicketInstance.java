package io.crossflow.ticket.process;

import io.crossflow.workflow.ProcessVariables;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The ids a ticket process instance carries, read from its variables. */
record TicketInstance(UUID tenantId, UUID projectId, UUID ticketId) {

    /**
     * Who completed the ticket's last user task (its assignee: completing claims it first), until
     * the next user task is created; absent when a timer moved the ticket.
     */
    static final String ACTOR_ID = "ticketActorId";

    static TicketInstance of(VariableScope scope) {
        return new TicketInstance(
                uuid(scope, ProcessVariables.TENANT_ID),
                scope.getVariable(ProcessVariables.PROJECT_ID) == null
                        ? null // a support request without a project
                        : uuid(scope, ProcessVariables.PROJECT_ID),
                uuid(scope, ChangeRequest.TICKET_ID));
    }

    static UUID actor(VariableScope scope) {
        Object value = scope.getVariable(ACTOR_ID);
        return value == null ? null : UUID.fromString(value.toString());
    }

    static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static UUID uuid(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is missing");
        }
        return UUID.fromString(value.toString());
    }
}
