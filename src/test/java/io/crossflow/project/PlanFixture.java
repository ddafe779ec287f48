package io.crossflow.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new project of the demo tenant for one test: pm manages it, engineer is a member, supplier A,
 * supplier B and the customer take part. Work items are created through the API.
 */
final class PlanFixture {

    static final LocalDate DAY0 = LocalDate.of(2030, 1, 7);

    final UUID projectId;
    private final TestClients clients;
    private final JdbcClient jdbc;

    PlanFixture(TestClients clients, JdbcClient jdbc) {
        this.clients = clients;
        this.jdbc = jdbc;
        Api pm = clients.as("pm");
        this.projectId = id(expect(pm.post("/api/projects", Map.of("name", "Plan " + UUID.randomUUID())), 201));
        participant(organisationOf("supplier-a"), "SUPPLIER");
        participant(organisationOf("supplier-b"), "SUPPLIER");
        participant(organisationOf("customer"), "CUSTOMER");
        expect(
                pm.post(
                        "/api/projects/" + projectId + "/members",
                        Map.of("userId", userId("engineer"), "role", "MEMBER")),
                201);
    }

    UUID organisationOf(String username) {
        return jdbc.sql("select organisation_id from idn_user where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    UUID userId(String username) {
        return jdbc.sql("select id from idn_user where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private void participant(UUID organisation, String role) {
        expect(
                clients.as("pm")
                        .post(
                                "/api/projects/" + projectId + "/participants",
                                Map.of("organisationId", organisation, "role", role)),
                201);
    }

    /** A new item from day {@code from} to day {@code to} after {@link #DAY0}. */
    UUID item(String title, int from, int to) {
        return item(title, from, to, Map.of());
    }

    UUID item(String title, int from, int to, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("title", title);
        body.put("plannedStart", DAY0.plusDays(from).toString());
        body.put("plannedEnd", DAY0.plusDays(to).toString());
        return id(expect(clients.as("pm").post("/api/projects/" + projectId + "/work-items", body), 201));
    }

    void depends(UUID successor, UUID predecessor) {
        expect(
                clients.as("pm")
                        .post("/api/work-items/" + successor + "/dependencies", Map.of("predecessorId", predecessor)),
                201);
    }

    JsonNode get(UUID workItem) {
        return expect(clients.as("pm").get("/api/work-items/" + workItem), 200);
    }

    static JsonNode expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    static UUID id(JsonNode node) {
        return UUID.fromString(node.path("id").asText());
    }

    static String day(int offset) {
        return DAY0.plusDays(offset).toString();
    }
}
