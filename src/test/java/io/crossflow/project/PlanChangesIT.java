package io.crossflow.project;

import static io.crossflow.project.PlanFixture.DAY0;
import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** An approved change (from a change request) re-baselines the changed items and shifts their dependants. */
@IntegrationTest
@RecordApplicationEvents
class PlanChangesIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanChanges planChanges;

    @Autowired
    ApplicationEvents events;

    @Test
    void anApprovedChangeRebaselinesTheChangedItemsAndShiftsTheirDependants() {
        PlanFixture plan = new PlanFixture(clients, jdbc);
        UUID design = plan.item("Design", 0, 4);
        UUID build = plan.item("Build", 5, 9);
        UUID test = plan.item("Test", 10, 11);
        plan.depends(build, design);
        plan.depends(test, build);
        UUID tenant = jdbc.sql("select tenant_id from prj_project where id = ?")
                .param(plan.projectId)
                .query(UUID.class)
                .single();
        UUID approver = plan.userId("pm");

        List<WorkItem> result = planChanges.applyApprovedChange(
                tenant, approver, List.of(new PlanChanges.DateChange(design, null, DAY0.plusDays(7))));

        assertThat(result).extracting(WorkItem::id).containsExactly(design, build, test);
        WorkItem changed = result.get(0);
        assertThat(changed.plannedEnd()).isEqualTo(DAY0.plusDays(7));
        assertThat(changed.baselineStart()).isEqualTo(DAY0);
        assertThat(changed.baselineEnd()).isEqualTo(DAY0.plusDays(7));
        WorkItem shifted = result.get(1);
        assertThat(shifted.plannedStart()).isEqualTo(DAY0.plusDays(8));
        assertThat(shifted.plannedEnd()).isEqualTo(DAY0.plusDays(12));
        assertThat(shifted.baselineStart()).as("dependants keep their baseline").isNull();
        assertThat(shifted.version()).isEqualTo(1);
        assertThat(result.get(2).plannedStart()).isEqualTo(DAY0.plusDays(13));
        assertThat(events.stream(WorkItemChanged.class)
                        .filter(e -> e.actorId().equals(approver))
                        .map(WorkItemChanged::workItemId))
                .containsExactly(design, build, test);
        assertThat(events.stream(WorkItemChanged.class)
                        .filter(e -> e.workItemId().equals(build))
                        .findFirst()
                        .orElseThrow()
                        .changed("plannedStart"))
                .isTrue();
    }
}
