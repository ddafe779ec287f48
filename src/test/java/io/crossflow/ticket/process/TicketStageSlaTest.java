package io.crossflow.ticket.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/** A stage's SLA is its shortest boundary timer, but never the reminder that warns before it. */
class TicketStageSlaTest {

    private static final Map<String, String> VARIABLES =
            Map.of("outsideReminderAfter", "P2D", "outsideEscalationAfter", "P5D");

    @Test
    void theRemindersOfTheOutsideStepsAreNotTheirSla() throws IOException {
        BpmnModelInstance change = model("change-request");
        assertThat(TicketStageListener.sla(change, ChangeRequest.ASSESS_TASK, VARIABLES::get))
                .contains(Duration.ofDays(5));
        assertThat(TicketStageListener.sla(change, ChangeRequest.SIGN_OFF_TASK, VARIABLES::get))
                .contains(Duration.ofDays(5));
        assertThat(TicketStageListener.sla(change, ChangeRequest.TRIAGE_TASK, VARIABLES::get))
                .contains(Duration.ofDays(2));

        BpmnModelInstance issue = model("issue-escalation");
        assertThat(TicketStageListener.sla(
                        issue, IssueEscalation.LEVEL_1_TASK, Map.of("outsideReminderAfter", "PT24H")::get))
                .contains(Duration.ofDays(2));
        assertThat(TicketStageListener.sla(issue, IssueEscalation.CONFIRM_TASK, VARIABLES::get))
                .as("the reporter's confirmation is due when the managers are told")
                .contains(Duration.ofDays(5));

        assertThat(TicketStageListener.sla(model("support-request"), SupportRequest.CONFIRM_TASK, VARIABLES::get))
                .as("the reply window")
                .contains(Duration.ofDays(7));
    }

    private static BpmnModelInstance model(String key) throws IOException {
        try (InputStream in = TicketStageSlaTest.class.getResourceAsStream("/processes/" + key + ".bpmn")) {
            return Bpmn.readModelFromStream(in);
        }
    }
}
