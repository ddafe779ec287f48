package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.inbox;
import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.Users;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Filtering, paging and searching the inbox, and how claims move tasks between inboxes. */
@IntegrationTest
class InboxIT {

    @Autowired
    TestClients clients;

    @Autowired
    Users users;

    HandoffFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new HandoffFixture(clients);
    }

    @Test
    void inboxPagesByDueDateAndFiltersByProjectDueDateAndText() {
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("Inbox paging"));
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        LocalDate today = LocalDate.now();
        String late = fixture.workItem(project, supplierA, "Late item", today.plusDays(30));
        String soon = fixture.workItem(project, supplierA, "Soon item", today.plusDays(30));
        String middle = fixture.workItem(project, supplierA, "Middle item", today.plusDays(30));
        fixture.handoff("pm", late, today.plusDays(20));
        fixture.handoff("pm", soon, today.plusDays(2));
        fixture.handoff("pm", middle, today.plusDays(9));
        Api partner = clients.as("supplier-a");
        Api partnerColleague = Colleagues.of(users, clients, "supplier-a");
        String accept = onlyTask(partner, soon, "Accept work package");
        partner.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"));
        partner.post(
                "/api/tasks/" + onlyTask(partner, middle, "Accept work package") + "/complete",
                Map.of("decision", "accept"));
        partner.post(
                "/api/tasks/" + onlyTask(partner, late, "Accept work package") + "/complete",
                Map.of("decision", "accept"));

        JsonNode first = page(partner, "/api/inbox?projectId=" + project + "&size=2&page=0");
        JsonNode second = page(partner, "/api/inbox?projectId=" + project + "&size=2&page=1");

        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("total").asLong()).isEqualTo(3);
        assertThat(workItemsOf(partner, first, second)).containsExactly(soon, middle, late);
        assertThat(first.path("items").get(0).path("projectId").asText()).isEqualTo(project);
        assertThat(first.path("items").get(0).path("due").asText()).isNotBlank();

        JsonNode dueSoon = page(partner, "/api/inbox?projectId=" + project + "&dueBefore=" + today.plusDays(9));
        assertThat(workItemsOf(partner, dueSoon)).containsExactly(soon, middle);
        JsonNode dueVerySoon = page(partner, "/api/inbox?projectId=" + project + "&dueBefore=" + today.plusDays(8));
        assertThat(workItemsOf(partner, dueVerySoon)).containsExactly(soon);

        JsonNode searched = page(partner, "/api/inbox?q=" + middle.substring(0, 13));
        assertThat(workItemsOf(partner, searched)).containsExactly(middle);
        JsonNode byProjectName = page(partner, "/api/inbox?q=inbox%20PAGING&size=100");
        assertThat(byProjectName.path("total").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode wildcard = page(partner, "/api/inbox?q=%25%25&projectId=" + project);
        assertThat(wildcard.path("total").asLong()).as("%% is literal text").isZero();

        assertThat(page(partnerColleague, "/api/inbox?projectId=" + project)
                        .path("total")
                        .asLong())
                .isEqualTo(3);
        // a project the caller does not take part in is not there for it, like on every other list
        assertThat(clients.as("supplier-b")
                        .get("/api/inbox?projectId=" + project)
                        .status())
                .isEqualTo(404);
        assertThat(clients.as("other-pm").get("/api/inbox?projectId=" + project).status())
                .isEqualTo(404);
    }

    @Test
    void claimedTaskLeavesTheOtherCandidatesInboxesAndReturnsOnUnclaim() {
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Claimed housings"));
        Api holder = clients.as("supplier-a");
        Api colleague = Colleagues.of(users, clients, "supplier-a");
        String accept = onlyTask(colleague, item, "Accept work package");

        assertThat(holder.post("/api/tasks/" + accept + "/claim").status()).isEqualTo(204);

        assertThat(inbox(colleague, item).path("total").asLong()).isZero();
        JsonNode held = inbox(holder, item).path("items").get(0);
        assertThat(held.path("assignee").asText()).isEqualTo(meId(holder));
        assertThat(colleague
                        .get("/api/tasks/" + accept)
                        .json()
                        .path("task")
                        .path("assignee")
                        .asText())
                .as("a candidate still sees who holds it")
                .isEqualTo(meId(holder));

        assertThat(holder.post("/api/tasks/" + accept + "/unclaim").status()).isEqualTo(204);

        assertThat(onlyTask(colleague, item, "Accept work package")).isEqualTo(accept);
        assertThat(inbox(holder, item).path("items").get(0).has("assignee")).isFalse();
    }

    @Test
    void invalidPagingAnswers400WithFieldErrors() {
        Api partner = clients.as("supplier-a");

        Api.Response tooBig = partner.get("/api/inbox?size=101");
        Api.Response tooSmall = partner.get("/api/inbox?size=0");
        Api.Response negative = partner.get("/api/inbox?page=-1");
        Api.Response badDate = partner.get("/api/inbox?dueBefore=soon");

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().path("errors").get(0).path("field").asText()).isEqualTo("size");
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.json().path("errors").get(0).path("field").asText()).isEqualTo("size");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("errors").get(0).path("field").asText()).isEqualTo("page");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("errors").get(0).path("field").asText()).isEqualTo("dueBefore");
    }

    @Test
    void unknownTaskAnswers404() {
        Api partner = clients.as("supplier-a");

        assertThat(partner.get("/api/tasks/no-such-task").status()).isEqualTo(404);
        assertThat(partner.post("/api/tasks/no-such-task/complete", Map.of()).status())
                .isEqualTo(404);
    }

    private static JsonNode page(Api api, String path) {
        Api.Response response = api.get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String meId(Api api) {
        return api.get("/api/me").json().path("id").asText();
    }

    /** The work items (business keys) of the listed tasks, in order, through each task's context. */
    private static List<String> workItemsOf(Api api, JsonNode... pages) {
        List<String> items = new ArrayList<>();
        for (JsonNode page : pages) {
            for (JsonNode task : page.path("items")) {
                items.add(api.get("/api/tasks/" + task.path("taskId").asText())
                        .json()
                        .path("context")
                        .path("businessKey")
                        .asText());
            }
        }
        return items;
    }
}
