package io.crossflow.project;

import static io.crossflow.project.PlanFixture.day;
import static io.crossflow.project.PlanFixture.expect;
import static io.crossflow.project.PlanFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Dependencies, re-planning, Gantt and board, as the project's internal members use them. */
@IntegrationTest
class PlanIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    PlanFixture plan;
    Api pm;

    @BeforeEach
    void newProject() {
        plan = new PlanFixture(clients, jdbc);
        pm = clients.as("pm");
    }

    @Test
    void movingAPredecessorsEndLaterShiftsItsDependantsTransitivelyAndReportsThem() {
        UUID design = plan.item("Design", 0, 4);
        UUID build = plan.item("Build", 5, 9);
        UUID test = plan.item("Test", 10, 11);
        UUID unrelated = plan.item("Unrelated", 5, 9);
        plan.depends(build, design);
        plan.depends(test, build);

        JsonNode answer =
                expect(pm.patch("/api/work-items/" + design, Map.of("version", 0, "plannedEnd", day(6))), 200);

        assertThat(answer.path("plannedEnd").asText()).isEqualTo(day(6));
        assertThat(answer.path("shifted")).hasSize(2);
        assertThat(shifted(answer, build)).containsExactly(day(7), day(11), "1");
        assertThat(shifted(answer, test)).containsExactly(day(12), day(13), "1");
        JsonNode buildNow = plan.get(build);
        assertThat(buildNow.path("plannedStart").asText()).isEqualTo(day(7));
        assertThat(buildNow.path("version").asInt()).isEqualTo(1);
        assertThat(plan.get(unrelated).path("version").asInt()).isZero();
        assertThat(plan.get(unrelated).path("plannedStart").asText()).isEqualTo(day(5));
    }

    @Test
    void movingAnEndEarlierOrWithinTheSlackShiftsNothing() {
        UUID design = plan.item("Design", 0, 4);
        UUID build = plan.item("Build", 8, 9);
        plan.depends(build, design);

        JsonNode answer =
                expect(pm.patch("/api/work-items/" + design, Map.of("version", 0, "plannedEnd", day(7))), 200);

        assertThat(answer.path("shifted")).isEmpty();
        assertThat(plan.get(build).path("plannedStart").asText()).isEqualTo(day(8));
    }

    @Test
    void addingADependencyMovesADependantThatWouldStartTooEarly() {
        UUID design = plan.item("Design", 0, 4);
        UUID build = plan.item("Build", 2, 5);

        JsonNode answer =
                expect(pm.post("/api/work-items/" + build + "/dependencies", Map.of("predecessorId", design)), 201);

        assertThat(shifted(answer, build)).containsExactly(day(5), day(8), "1");
    }

    @Test
    void aDependencyCycleAnswers400NamingTheItemsAndStoresNothing() {
        UUID design = plan.item("Design of the housing", 0, 4);
        UUID build = plan.item("Build of the housing", 5, 9);
        UUID test = plan.item("Test of the housing", 10, 11);
        plan.depends(build, design);
        plan.depends(test, build);

        Api.Response cycle = pm.post("/api/work-items/" + design + "/dependencies", Map.of("predecessorId", test));

        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().path("detail").asText())
                .contains("Design of the housing")
                .contains("Test of the housing")
                .contains("cycle");
        assertThat(dependencyCount()).isEqualTo(2);
        Api.Response self = pm.post("/api/work-items/" + design + "/dependencies", Map.of("predecessorId", design));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.json().path("detail").asText()).contains("Design of the housing");
        assertThat(dependencyCount()).isEqualTo(2);
    }

    @Test
    void aDependencyOnAnotherProjectsItemAnswers400() {
        UUID here = plan.item("Local item", 0, 4);
        UUID elsewhere = new PlanFixture(clients, jdbc).item("Item of another project", 0, 4);

        Api.Response response =
                pm.post("/api/work-items/" + here + "/dependencies", Map.of("predecessorId", elsewhere));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asText())
                .contains("Local item")
                .contains("Item of another project")
                .contains("different projects");
        assertThat(dependencyCount()).isZero();
    }

    @Test
    void removingADependencyLetsThePredecessorMoveAlone() {
        UUID design = plan.item("Design", 0, 4);
        UUID build = plan.item("Build", 5, 9);
        plan.depends(build, design);

        assertThat(pm.delete("/api/work-items/" + build + "/dependencies/" + design)
                        .status())
                .isEqualTo(204);
        assertThat(pm.delete("/api/work-items/" + build + "/dependencies/" + design)
                        .status())
                .isEqualTo(404);
        JsonNode answer =
                expect(pm.patch("/api/work-items/" + design, Map.of("version", 0, "plannedEnd", day(8))), 200);
        assertThat(answer.path("shifted")).isEmpty();
    }

    @Test
    void aStaleVersionAnswers409AndTheSiblingOrderMovesWithTheCurrentOne() {
        UUID item = plan.item("Card", 0, 4);
        expect(pm.patch("/api/work-items/" + item, Map.of("version", 0, "order", 5)), 200);

        Api.Response stale = clients.as("engineer").patch("/api/work-items/" + item, Map.of("version", 0, "order", 1));

        assertThat(stale.status()).isEqualTo(409);
        JsonNode now = plan.get(item);
        assertThat(now.path("order").asInt()).isEqualTo(5);
        assertThat(now.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void newItemsComeAfterTheirSiblings() {
        UUID parent = plan.item("Parent", 0, 9);
        UUID first = plan.item("First child", 0, 4, Map.of("parentId", parent));
        UUID second = plan.item("Second child", 0, 4, Map.of("parentId", parent));

        assertThat(plan.get(first).path("order").asInt()).isZero();
        assertThat(plan.get(second).path("order").asInt()).isEqualTo(1);
    }

    @Test
    void theGanttListsParentsBeforeChildrenInSiblingOrderWithDatesBaselineAndDependencies() {
        UUID parent = plan.item("Phase 1", 0, 20);
        UUID later = plan.item("Second step", 5, 9, Map.of("parentId", parent));
        UUID earlier = plan.item("First step", 0, 4, Map.of("parentId", parent));
        UUID grandchild = plan.item("Detail of second step", 5, 6, Map.of("parentId", later));
        expect(pm.patch("/api/work-items/" + earlier, Map.of("version", 0, "order", 0)), 200);
        expect(pm.patch("/api/work-items/" + later, Map.of("version", 0, "order", 1)), 200);
        plan.depends(later, earlier);
        expect(pm.post("/api/projects/" + plan.projectId + "/baseline"), 200);

        JsonNode gantt = expect(pm.get("/api/projects/" + plan.projectId + "/gantt"), 200);

        assertThat(ids(gantt)).containsExactly(parent, earlier, later, grandchild);
        JsonNode row = gantt.get(2);
        assertThat(row.path("name").asText()).isEqualTo("Second step");
        assertThat(row.path("start").asText()).isEqualTo(day(5));
        assertThat(row.path("end").asText()).isEqualTo(day(9));
        assertThat(row.path("progress").asInt()).isZero();
        assertThat(row.path("parent").asText()).isEqualTo(parent.toString());
        assertThat(row.path("dependencies")).hasSize(1);
        assertThat(row.path("dependencies").get(0).asText()).isEqualTo(earlier.toString());
        assertThat(row.path("baselineStart").asText()).isEqualTo(day(5));
        assertThat(row.path("baselineEnd").asText()).isEqualTo(day(9));
        assertThat(row.path("context").asBoolean()).isFalse();
    }

    @Test
    void theBoardHasAColumnPerStatusAndAMovedCardChangesColumn() {
        UUID card = plan.item("Card to move", 0, 4);

        Api.Response moved =
                pm.patch("/api/work-items/" + card, Map.of("version", 0, "status", "IN_PROGRESS", "order", 0));
        assertThat(moved.status()).isEqualTo(200);
        JsonNode board = expect(pm.get("/api/projects/" + plan.projectId + "/board"), 200);

        List<String> columns = new ArrayList<>();
        board.forEach(c -> columns.add(c.path("status").asText()));
        assertThat(columns).containsExactly("TODO", "IN_PROGRESS", "BLOCKED", "DONE");
        assertThat(board.get(0).path("cards")).isEmpty();
        JsonNode cardNow = board.get(1).path("cards").get(0);
        assertThat(cardNow.path("id").asText()).isEqualTo(card.toString());
        assertThat(cardNow.path("title").asText()).isEqualTo("Card to move");
        assertThat(cardNow.path("version").asInt()).isEqualTo(1);
    }

    private int dependencyCount() {
        return jdbc.sql("select count(*) from prj_dependency where project_id = ?")
                .param(plan.projectId)
                .query(Integer.class)
                .single();
    }

    private static List<String> shifted(JsonNode answer, UUID item) {
        for (JsonNode s : answer.path("shifted")) {
            if (s.path("id").asText().equals(item.toString())) {
                return List.of(
                        s.path("plannedStart").asText(),
                        s.path("plannedEnd").asText(),
                        s.path("version").asText());
            }
        }
        throw new AssertionError(item + " was not shifted: " + answer);
    }

    static List<UUID> ids(JsonNode rows) {
        List<UUID> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(id(r)));
        return ids;
    }
}
