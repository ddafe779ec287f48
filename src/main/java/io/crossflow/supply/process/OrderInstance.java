package io.crossflow.supply.process;

import io.crossflow.workflow.ProcessVariables;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The ids a {@value SupplierOrderProcess#PROCESS_KEY} instance carries, read from its variables. */
record OrderInstance(UUID tenantId, UUID projectId, UUID orderId, UUID supplierOrganisationId) {

    static OrderInstance of(VariableScope scope) {
        return new OrderInstance(
                uuid(scope, ProcessVariables.TENANT_ID),
                uuid(scope, ProcessVariables.PROJECT_ID),
                uuid(scope, SupplierOrderProcess.ORDER_ID),
                uuid(scope, SupplierOrderProcess.SUPPLIER_ORGANISATION_ID));
    }

    private static UUID uuid(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("Process variable '" + name + "' is missing");
        }
        return UUID.fromString(value.toString());
    }
}
