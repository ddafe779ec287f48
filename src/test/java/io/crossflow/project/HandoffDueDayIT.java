package io.crossflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.project.process.WorkPackageHandoff;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A hand-off due on a day is due until that day ends in the tenant's time zone (the demo tenant
 * works in Asia/Shanghai), not at midnight UTC: due on the 8th ends at 16:00Z on the 8th.
 */
@IntegrationTest
class HandoffDueDayIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClients clients;

    @Autowired
    RuntimeService runtime;

    @Test
    void aDueDayEndsAtTheEndOfThatDayInTheTenantsTimeZone() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectId(HandoffFixture.GEARBOX);
        LocalDate due = LocalDate.now(SHANGHAI).plusDays(4);
        String item = fixture.workItem(
                project,
                fixture.organisationId(project, HandoffFixture.SUPPLIER_A),
                HandoffFixture.unique("Due in Shanghai"),
                due);

        fixture.handoff(item, due);

        String instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(WorkPackageHandoff.PROCESS_KEY)
                .processInstanceBusinessKey(item)
                .singleResult()
                .getId();
        Instant dueAt = ((Date) runtime.getVariable(instance, WorkPackageHandoff.DUE_AT)).toInstant();
        assertThat(dueAt)
                .as("the end of %s in Shanghai", due)
                .isEqualTo(due.plusDays(1).atStartOfDay(SHANGHAI).toInstant())
                .isEqualTo(due.atTime(16, 0).toInstant(java.time.ZoneOffset.UTC));
        assertThat(dueAt)
                .as("not midnight UTC of the due day")
                .isNotEqualTo(due.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    }
}
