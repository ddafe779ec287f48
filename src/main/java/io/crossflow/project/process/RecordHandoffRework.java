package io.crossflow.project.process;

import io.crossflow.project.HandoffStatus;
import io.crossflow.project.WorkItems;
import org.springframework.stereotype.Component;

/** The review sent the delivery back to the partner for rework. */
@Component("recordHandoffRework")
class RecordHandoffRework extends RecordHandoffStatus {

    RecordHandoffRework(WorkItems workItems) {
        super(workItems, HandoffStatus.REWORK);
    }
}
