package io.crossflow.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.project.WorkItemChanged;
import io.crossflow.project.WorkItemStatus;
import io.crossflow.shared.ForbiddenException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    @Test
    void aStatusChangeHasTheSameIdDeliveredAndRedeliveredFromItsStoredForm() {
        UUID item = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-03T12:00:00.123456789Z");
        WorkItemChanged delivered = change(item, at, WorkItemStatus.TODO, WorkItemStatus.DONE);
        // the registry stores the event as JSON: a resubmitted one carries strings where enums were
        WorkItemChanged resubmitted = change(item, at, "TODO", "DONE");

        assertThat(RuleEngine.eventId(resubmitted)).isEqualTo(RuleEngine.eventId(delivered));
    }

    @Test
    void managersSeeOurOwnRefusalsInWordsAndNothingOfOtherFailures() {
        assertThat(RuleEngine.describe(new ForbiddenException("You cannot change this work item.")))
                .isEqualTo("You cannot change this work item.");
        assertThat(RuleEngine.describe(new UnsupportedOperationException("select * from secrets")))
                .doesNotContain("secrets")
                .contains("UnsupportedOperationException");
    }

    private static WorkItemChanged change(UUID item, Instant at, Object from, Object to) {
        return new WorkItemChanged(
                UUID.randomUUID(),
                UUID.randomUUID(),
                item,
                null,
                WorkItemChanged.Action.UPDATED,
                Map.of("status", new WorkItemChanged.FieldChange(from, to)),
                at);
    }
}
