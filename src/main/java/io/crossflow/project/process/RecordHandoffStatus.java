package io.crossflow.project.process;

import io.crossflow.project.HandoffStatus;
import io.crossflow.project.WorkItems;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Records one step of the hand-off on its work item; one subclass (and bean) per service task. */
abstract class RecordHandoffStatus implements JavaDelegate {

    private final WorkItems workItems;
    private final HandoffStatus status;

    RecordHandoffStatus(WorkItems workItems, HandoffStatus status) {
        this.workItems = workItems;
        this.status = status;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandoffInstance handoff = HandoffInstance.of(execution);
        workItems.recordHandoff(handoff.tenantId(), handoff.workItemId(), status, execution.getProcessInstanceId());
    }
}
