package io.crossflow.project.process;

import io.crossflow.project.HandoffStatus;
import io.crossflow.project.WorkItems;
import org.springframework.stereotype.Component;

/** The partner delivered; the project's managers review the delivery. */
@Component("recordHandoffDelivered")
class RecordHandoffDelivered extends RecordHandoffStatus {

    RecordHandoffDelivered(WorkItems workItems) {
        super(workItems, HandoffStatus.DELIVERED);
    }
}
