package io.crossflow.project;

import static io.crossflow.project.PlanFixture.day;
import static io.crossflow.project.PlanFixture.expect;
import static io.crossflow.project.PlanIT.ids;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What partners and customers see of the plan, who saves baselines, and who sees budgets. */
@IntegrationTest
class PlanVisibilityIT {

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
    void aPartnerSeesItsItemsWithTheTitlesOfTheirAncestorsOnly() {
        UUID phase = plan.item("Phase: housing", 0, 30);
        UUID machining = plan.item("Machining", 0, 20, Map.of("parentId", phase));
        UUID partnerWork = plan.item(
                "Mill the flanges",
                2,
                8,
                Map.of("parentId", machining, "assigneeOrganisationId", plan.organisationOf("supplier-a")));
        UUID internalSibling = plan.item("Inspect the flanges", 9, 10, Map.of("parentId", machining));
        UUID otherPartnerWork =
                plan.item("Cast the body", 0, 1, Map.of("assigneeOrganisationId", plan.organisationOf("supplier-b")));
        plan.depends(partnerWork, otherPartnerWork);

        JsonNode gantt = expect(clients.as("supplier-a").get("/api/projects/" + plan.projectId + "/gantt"), 200);

        assertThat(ids(gantt)).containsExactly(phase, machining, partnerWork);
        for (JsonNode context : new JsonNode[] {gantt.get(0), gantt.get(1)}) {
            assertThat(context.path("context").asBoolean()).isTrue();
            assertThat(context.has("name")).isTrue();
            assertThat(context.has("start")).isFalse();
            assertThat(context.has("end")).isFalse();
            assertThat(context.has("assigneeOrganisationId")).isFalse();
            assertThat(context.has("progress")).isFalse();
        }
        assertThat(gantt.get(0).path("name").asText()).isEqualTo("Phase: housing");
        assertThat(gantt.get(1).path("parent").asText()).isEqualTo(phase.toString());
        JsonNode own = gantt.get(2);
        assertThat(own.path("start").asText()).isEqualTo(day(2));
        assertThat(own.path("dependencies"))
                .as("no links to items the partner cannot see")
                .isEmpty();
        assertThat(ids(expect(clients.as("supplier-b").get("/api/projects/" + plan.projectId + "/gantt"), 200)))
                .containsExactly(otherPartnerWork);
        assertThat(clients.as("supplier-a").get("/api/work-items/" + machining).status())
                .isEqualTo(404);
        assertThat(clients.as("supplier-a")
                        .get("/api/work-items/" + internalSibling)
                        .status())
                .isEqualTo(404);
        JsonNode board = expect(clients.as("supplier-a").get("/api/projects/" + plan.projectId + "/board"), 200);
        assertThat(ids(board.get(0).path("cards"))).containsExactly(partnerWork);
    }

    @Test
    void aCustomerSeesMilestonesAndTheWeightedProgressButNotTheItems() {
        UUID done = plan.item("Ten days, done", 0, 9);
        plan.item("Thirty days, not started", 10, 39);
        UUID milestone = plan.item("Acceptance", 40, 40, Map.of("milestone", true));
        expect(pm.patch("/api/work-items/" + done, Map.of("version", 0, "status", "DONE")), 200);
        expect(pm.post("/api/projects/" + plan.projectId + "/baseline"), 200);
        expect(pm.patch("/api/work-items/" + milestone, Map.of("version", 0, "plannedEnd", day(45))), 200);
        Api customer = clients.as("customer");

        JsonNode progress = expect(customer.get("/api/projects/" + plan.projectId + "/progress"), 200);

        assertThat(progress.path("percentDone").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(progress.path("itemsCounted").asInt()).isEqualTo(2);
        assertThat(progress.path("milestones")).hasSize(1);
        JsonNode m = progress.path("milestones").get(0);
        assertThat(m.path("title").asText()).isEqualTo("Acceptance");
        assertThat(m.path("plannedDate").asText()).isEqualTo(day(45));
        assertThat(m.path("baselineDate").asText()).isEqualTo(day(40));
        assertThat(m.hasNonNull("actualDate")).isFalse();
        assertThat(ids(expect(customer.get("/api/projects/" + plan.projectId + "/gantt"), 200)))
                .containsExactly(milestone);
        assertThat(customer.get("/api/work-items/" + done).status()).isEqualTo(404);
        assertThat(customer.patch("/api/work-items/" + milestone, Map.of("version", 1, "plannedEnd", day(50)))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void progressCountsLeavesOnlyAndAPartnerGetsItsOwnShare() {
        UUID parent = plan.item("Parent", 0, 99);
        UUID child = plan.item(
                "Child of the supplier",
                0,
                3,
                Map.of("parentId", parent, "assigneeOrganisationId", plan.organisationOf("supplier-a")));
        plan.item("Internal work", 0, 3);
        expect(clients.as("supplier-a").patch("/api/work-items/" + child, Map.of("version", 0, "progress", 50)), 200);

        JsonNode internal = expect(pm.get("/api/projects/" + plan.projectId + "/progress"), 200);
        JsonNode partner = expect(clients.as("supplier-a").get("/api/projects/" + plan.projectId + "/progress"), 200);

        assertThat(internal.path("percentDone").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(internal.path("itemsCounted").asInt()).isEqualTo(2);
        assertThat(partner.path("percentDone").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(partner.path("itemsCounted").asInt()).isEqualTo(1);
    }

    @Test
    void onlyTheProjectsManagersSaveABaseline() {
        UUID item = plan.item("Planned", 3, 6);
        String baseline = "/api/projects/" + plan.projectId + "/baseline";
        for (String refused : new String[] {"engineer", "supplier-a", "customer"}) {
            assertThat(clients.as(refused).post(baseline).status()).as(refused).isEqualTo(403);
        }
        assertThat(clients.as("other-pm").post(baseline).status()).isEqualTo(404);
        assertThat(plan.get(item).hasNonNull("baselineStart")).isFalse();

        JsonNode saved = expect(pm.post(baseline), 200);

        assertThat(saved.path("itemCount").asInt()).isEqualTo(1);
        JsonNode now = plan.get(item);
        assertThat(now.path("baselineStart").asText()).isEqualTo(day(3));
        assertThat(now.path("baselineEnd").asText()).isEqualTo(day(6));
        assertThat(now.path("version").asInt())
                .as("a baseline is no edit of the item")
                .isZero();
    }

    @Test
    void budgetsAreInternalAndTotalledPerCurrency() {
        String budget = "/api/projects/" + plan.projectId + "/budget-lines";
        JsonNode tooling = expect(
                pm.post(
                        budget,
                        Map.of(
                                "category",
                                "Tooling",
                                "currency",
                                "eur",
                                "planned",
                                1000.50,
                                "committed",
                                400,
                                "actual",
                                100.25)),
                201);
        expect(pm.post(budget, Map.of("category", "Freight", "currency", "EUR", "planned", 200)), 201);
        expect(pm.post(budget, Map.of("category", "Materials", "currency", "CNY", "planned", 5000)), 201);

        JsonNode lines = expect(clients.as("engineer").get(budget), 200);

        assertThat(lines.path("lines")).hasSize(3);
        assertThat(tooling.path("currency").asText()).isEqualTo("EUR");
        JsonNode eur = lines.path("totals").get(1);
        assertThat(eur.path("currency").asText()).isEqualTo("EUR");
        assertThat(eur.path("planned").decimalValue()).isEqualByComparingTo("1200.50");
        assertThat(eur.path("committed").decimalValue()).isEqualByComparingTo("400");
        assertThat(eur.path("actual").decimalValue()).isEqualByComparingTo("100.25");
        assertThat(lines.path("totals").get(0).path("currency").asText()).isEqualTo("CNY");
        for (String outsider : new String[] {"supplier-a", "supplier-b", "customer", "other-pm"}) {
            assertThat(clients.as(outsider).get(budget).status()).as(outsider).isEqualTo(404);
            assertThat(clients.as(outsider)
                            .post(budget, Map.of("category", "X", "currency", "EUR"))
                            .status())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(clients.as("engineer")
                        .post(budget, Map.of("category", "X", "currency", "EUR"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aBudgetLineIsEditedWithItsVersionAndRefusesNonsense() {
        String budget = "/api/projects/" + plan.projectId + "/budget-lines";
        UUID line = PlanFixture.id(
                expect(pm.post(budget, Map.of("category", "Tooling", "currency", "USD", "planned", 10)), 201));

        JsonNode edited = expect(pm.patch(budget + "/" + line, Map.of("version", 0, "actual", 7.5)), 200);

        assertThat(edited.path("actual").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(edited.path("version").asInt()).isEqualTo(1);
        assertThat(pm.patch(budget + "/" + line, Map.of("version", 0, "actual", 8))
                        .status())
                .isEqualTo(409);
        Api.Response badCurrency = pm.post(budget, Map.of("category", "Tooling", "currency", "EURO"));
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.body()).contains("currency");
        assertThat(pm.post(budget, Map.of("category", "Tooling", "currency", "EUR", "planned", 1.005))
                        .status())
                .isEqualTo(400);
        assertThat(pm.post(budget, Map.of("category", "Tooling", "currency", "EUR", "planned", -1))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aManagerDeletesABudgetLineAndTheActivityKeepsWhatItHeld() {
        String budget = "/api/projects/" + plan.projectId + "/budget-lines";
        UUID line = PlanFixture.id(
                expect(pm.post(budget, Map.of("category", "Freight", "currency", "CNY", "planned", 300)), 201));

        assertThat(clients.as("engineer").delete(budget + "/" + line).status()).isEqualTo(403);
        assertThat(clients.as("supplier-a").delete(budget + "/" + line).status())
                .isEqualTo(404);
        Api.Response badCurrency = pm.patch(budget + "/" + line, Map.of("version", 0, "currency", "RMB"));
        assertThat(badCurrency.status()).isEqualTo(400);
        assertThat(badCurrency.body()).contains("currency");
        assertThat(pm.delete(budget + "/" + line).status()).isEqualTo(204);

        assertThat(expect(pm.get(budget), 200).path("lines")).isEmpty();
        assertThat(pm.delete(budget + "/" + line).status()).isEqualTo(404);
        JsonNode activity = expect(pm.get("/api/projects/" + plan.projectId + "/activity?page=0&size=50"), 200);
        assertThat(activity.path("items")).anySatisfy(entry -> {
            assertThat(entry.path("objectType").asText()).isEqualTo("BUDGET_LINE");
            assertThat(entry.path("action").asText()).isEqualTo("DELETED");
            assertThat(entry.toString()).contains("Freight");
        });
    }
}
