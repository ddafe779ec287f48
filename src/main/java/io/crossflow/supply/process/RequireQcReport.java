package io.crossflow.supply.process;

import io.crossflow.shared.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion guard of the QC report step: whoever completes it (the inbox, Cockpit, a script) must
 * name the stored QC report, or the engine refuses with a field error that the task API answers
 * with 400 ({@code workflow.Tasks} passes it through).
 */
@Component("requireQcReport")
class RequireQcReport implements TaskListener {

    static final String MISSING = "is required: name the stored QC report (document number or link)";

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(SupplierOrderProcess.QC_REPORT_REFERENCE);
        String reference = value == null ? "" : value.toString().trim();
        if (reference.isEmpty()) {
            throw InvalidInputException.field(SupplierOrderProcess.QC_REPORT_REFERENCE, MISSING);
        }
        if (reference.length() > SupplierOrderProcess.REFERENCE_MAX_LENGTH) {
            throw InvalidInputException.field(
                    SupplierOrderProcess.QC_REPORT_REFERENCE,
                    "must be at most " + SupplierOrderProcess.REFERENCE_MAX_LENGTH + " characters");
        }
    }
}
