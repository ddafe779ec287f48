package io.crossflow.project.process;

import io.crossflow.project.HandoffStatus;
import io.crossflow.project.WorkItems;
import org.springframework.stereotype.Component;

/** The partner accepted the work package: the work item is in progress. */
@Component("recordHandoffAccepted")
class RecordHandoffAccepted extends RecordHandoffStatus {

    RecordHandoffAccepted(WorkItems workItems) {
        super(workItems, HandoffStatus.ACCEPTED);
    }
}
