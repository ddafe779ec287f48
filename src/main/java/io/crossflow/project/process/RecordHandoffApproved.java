package io.crossflow.project.process;

import io.crossflow.project.HandoffStatus;
import io.crossflow.project.WorkItems;
import org.springframework.stereotype.Component;

/** The review approved the delivery: the work item is done (progress 100). */
@Component("recordHandoffApproved")
class RecordHandoffApproved extends RecordHandoffStatus {

    RecordHandoffApproved(WorkItems workItems) {
        super(workItems, HandoffStatus.APPROVED);
    }
}
