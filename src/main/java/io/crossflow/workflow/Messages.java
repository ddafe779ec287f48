package io.crossflow.workflow;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * Delivers messages (BPMN message events) to the running instances of one tenant, for modules
 * that must not touch the engine: e.g. an ERP's "material shortage" to a supplier order.
 */
@Service
public class Messages {

    private final RuntimeService runtime;

    Messages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Correlates the message to the tenant's running instances with the business key that wait
     * for it (a receive task, an intermediate or boundary event, an event sub-process start).
     * The variables are set locally on the execution that receives the message. Never starts an
     * instance and never reaches another tenant.
     *
     * @return whether an instance received the message; false changes nothing
     */
    public boolean correlate(UUID tenantId, String messageName, String businessKey, Map<String, Object> variables) {
        return !runtime.createMessageCorrelation(messageName)
                .tenantId(tenantId.toString())
                .processInstanceBusinessKey(businessKey)
                .setVariablesLocal(variables)
                .correlateAllWithResult()
                .isEmpty();
    }
}
