package io.crossflow.project.process;

import io.crossflow.project.HandoffStatus;
import io.crossflow.project.WorkItems;
import org.springframework.stereotype.Component;

/** The partner declined the work package: the work item returns to the plan (TODO). */
@Component("recordHandoffDeclined")
class RecordHandoffDeclined extends RecordHandoffStatus {

    RecordHandoffDeclined(WorkItems workItems) {
        super(workItems, HandoffStatus.DECLINED);
    }
}
