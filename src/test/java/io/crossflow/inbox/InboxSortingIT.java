package io.crossflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class InboxSortingIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void inboxFiltersByMinimumPriorityAndSortsAsAsked() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("Sorting"));
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        Instant now = Instant.now();
        String low = task(fixture, project, supplierA, "Low", 10, now.plus(Duration.ofDays(3)));
        String high = task(fixture, project, supplierA, "High", 90, now.plus(Duration.ofDays(5)));
        String mid = task(fixture, project, supplierA, "Mid", 50, now.plus(Duration.ofDays(1)));
        Api supplier = clients.as("supplier-a");
        String base = "/api/inbox?projectId=" + project;

        assertThat(ids(supplier.get(base))).containsExactly(mid, low, high);
        assertThat(ids(supplier.get(base + "&sort=due"))).containsExactly(mid, low, high);
        assertThat(ids(supplier.get(base + "&sort=-due"))).containsExactly(high, low, mid);
        assertThat(ids(supplier.get(base + "&sort=priority"))).containsExactly(low, mid, high);
        assertThat(ids(supplier.get(base + "&sort=-priority"))).containsExactly(high, mid, low);
        assertThat(ids(supplier.get(base + "&sort=created"))).containsExactly(low, high, mid);
        assertThat(ids(supplier.get(base + "&sort=-created"))).containsExactly(mid, high, low);
        JsonNode atLeast50 = supplier.get(base + "&priority=50&sort=-priority").json();
        assertThat(atLeast50.path("total").asLong()).isEqualTo(2);
        assertThat(ids(atLeast50)).containsExactly(high, mid);

        Api.Response bad = supplier.get(base + "&sort=owner");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("sort");
    }

    @Test
    void countsFollowTheInboxRule() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("Counting"));
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        Api supplier = clients.as("supplier-a");
        JsonNode before = counts(supplier);
        assertThat(before.path("all").asLong())
                .isEqualTo(supplier.get("/api/inbox").json().path("total").asLong());
        JsonNode otherBefore = counts(clients.as("supplier-b"));

        Instant now = Instant.now();
        Instant laterToday = now.plus(Duration.ofMinutes(10));
        // "today" is the reader's day (its own zone or its tenant's), not the test machine's
        ZoneId zone = ZoneId.of(supplier.get("/api/me").json().path("timeZone").asText());
        boolean nearMidnight = !laterToday.atZone(zone).toLocalDate().equals(LocalDate.now(zone));
        String overdue = task(fixture, project, supplierA, "Overdue", 50, now.minus(Duration.ofDays(2)));
        String today = task(fixture, project, supplierA, "Today", 50, laterToday);
        String claimed = task(fixture, project, supplierA, "Claimed", 50, now.plus(Duration.ofDays(9)));
        assertThat(supplier.post("/api/tasks/" + claimed + "/claim").status()).isEqualTo(204);

        JsonNode after = counts(supplier);
        assertThat(after.path("all").asLong() - before.path("all").asLong()).isEqualTo(3);
        assertThat(after.path("assignedToMe").asLong()
                        - before.path("assignedToMe").asLong())
                .isEqualTo(1);
        assertThat(after.path("overdue").asLong() - before.path("overdue").asLong())
                .isEqualTo(1);
        if (!nearMidnight) {
            assertThat(after.path("dueToday").asLong() - before.path("dueToday").asLong())
                    .isEqualTo(1);
        }
        assertThat(counts(clients.as("supplier-b"))).isEqualTo(otherBefore);
        assertThat(clients.anonymous().get("/api/inbox/counts").status()).isEqualTo(401);

        // each count has a list that agrees with it, page by page on the server
        String base = "/api/inbox?projectId=" + project;
        assertThat(ids(supplier.get(base + "&mine=true"))).containsExactly(claimed);
        assertThat(ids(supplier.get(base + "&dueBefore=" + now))).containsExactly(overdue);
        if (!nearMidnight) {
            assertThat(ids(supplier.get(base + "&dueFrom=" + now + "&dueBefore=" + LocalDate.now(zone))))
                    .containsExactly(today);
        }
        Api.Response bad = supplier.get(base + "&dueFrom=tomorrow");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("dueFrom");
    }

    /** A hand-off's accept task for supplier A with the given priority and due time (set on the read model). */
    private String task(
            HandoffFixture fixture, String project, String supplierA, String title, int priority, Instant due) {
        String item = fixture.workItem(
                project,
                supplierA,
                HandoffFixture.unique(title),
                LocalDate.now().plusDays(20));
        fixture.handoff("pm", item, null);
        String task = HandoffFixture.onlyTask(clients.as("supplier-a"), item);
        // the hand-off model sets neither; the read model is what the inbox sorts by
        jdbc.sql("update inbox_item set priority = ?, due = ? where task_id = ?")
                .params(priority, Timestamp.from(due), task)
                .update();
        return task;
    }

    private static JsonNode counts(Api api) {
        Api.Response response = api.get("/api/inbox/counts");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ids(response.json());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(i -> ids.add(i.path("taskId").asText()));
        return ids;
    }
}
