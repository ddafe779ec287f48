package io.crossflow.supply;

import io.crossflow.identity.CurrentUser;
import io.crossflow.supply.process.Approval;
import io.crossflow.workflow.Processes;
import io.crossflow.workflow.StartProcess;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Starts the generic multi-level {@value Approval#PROCESS_KEY} process; its end raises {@link ApprovalDecided}. */
@Service
public class Approvals {

    private final Processes processes;

    Approvals(Processes processes) {
        this.processes = processes;
    }

    /**
     * Starts an approval of the object {@code businessKey} in the project; the decision
     * {@value Approval#DECISION_KEY} picks the levels from type and amount. Returns the process
     * instance id. The caller has checked that the requester may ask for it.
     */
    public String start(
            CurrentUser requester, UUID projectId, String businessKey, String type, BigDecimal amount, String subject) {
        return processes.start(new StartProcess(
                requester.tenantId(),
                Approval.PROCESS_KEY,
                businessKey,
                projectId,
                requester.id(),
                Map.of(
                        Approval.TYPE, type,
                        Approval.AMOUNT, amount.doubleValue(),
                        Approval.SUBJECT, subject)));
    }
}
