package io.crossflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.MovableClock;
import io.crossflow.testing.TestClients;
import io.crossflow.ticket.process.SupportRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tenant admin sets its service desk (who answers support requests, the first-response and
 * resolution SLAs, open or not); support requests follow it, and a request still open past its
 * resolution time shows breached to the requester and the desk, and the desk and admins are told.
 */
@IntegrationTest
class ServiceDeskIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    MovableClock clock;

    private final List<String> raised = new ArrayList<>();

    @AfterEach
    void restore() {
        clock.reset();
        for (String ticket : raised) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
        jdbc.sql(
                        "delete from tkt_service_desk where tenant_id = (select tenant_id from idn_user where username = 'admin')")
                .update();
    }

    @Test
    void anUnconfiguredTenantHasTheDefaultDeskAndOnlyItsAdminReadsIt() {
        JsonNode desk = clients.as("admin").get("/api/admin/service-desk").json();
        assertThat(desk.path("configured").asBoolean()).isFalse();
        assertThat(desk.path("capability").asText()).isEqualTo("MANAGER");
        assertThat(desk.path("firstResponseHours").asInt()).isEqualTo(24);
        assertThat(desk.path("resolutionHours").asInt()).isEqualTo(120);
        assertThat(desk.path("open").asBoolean()).isTrue();
        assertThat(clients.as("pm").get("/api/admin/service-desk").status()).isEqualTo(403);
        assertThat(clients.as("supplier-a")
                        .put("/api/admin/service-desk", settings("MEMBER", 4, 48, true))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void badSettingsAreRefusedFieldByFieldAndChangeNothing() {
        Api admin = clients.as("admin");
        Api.Response refused = admin.put("/api/admin/service-desk", settings("PARTNER_MEMBER", 0, 48, true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("capability", "firstResponseHours", "between 1 and 720");

        refused = admin.put("/api/admin/service-desk", settings("MEMBER", 48, 8, true));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("resolutionHours", "shorter than the first-response");
        assertThat(admin.get("/api/admin/service-desk")
                        .json()
                        .path("configured")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void requestsGoToTheConfiguredGroupWithItsSlaAndTheChangeIsAudited() {
        Api admin = clients.as("admin");
        Api.Response saved = admin.put("/api/admin/service-desk", settings("member", 4, 48, true));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("capability").asText()).isEqualTo("MEMBER");
        assertThat(saved.json().path("configured").asBoolean()).isTrue();

        JsonNode trail =
                admin.get("/api/admin/audit?objectType=SERVICE_DESK").json().path("items");
        assertThat(trail.toString()).contains("SERVICE_DESK", "capability", "MEMBER", "firstResponseHours");

        Instant before = Instant.now();
        String id = raise(clients.as("supplier-a"), "无法下载图纸").path("id").asText();
        JsonNode item = onlyItem(clients.as("engineer"), id);
        assertThat(Instant.parse(item.path("due").asText()))
                .as("first response due in the desk's 4 hours")
                .isBetween(
                        before.plus(Duration.ofHours(4)).minusSeconds(1),
                        Instant.now().plus(Duration.ofHours(4)));
        JsonNode resolution = clients.as("supplier-a")
                .get("/api/tickets/" + id)
                .json()
                .path("ticket")
                .path("resolution");
        assertThat(Instant.parse(resolution.path("due").asText()))
                .isBetween(
                        before.plus(Duration.ofHours(48)).minusSeconds(1),
                        Instant.now().plus(Duration.ofHours(48)));
        assertThat(resolution.path("breached").asBoolean()).isFalse();
    }

    @Test
    void aRequestOpenPastItsResolutionTimeShowsBreachedAndTheDeskAndAdminsAreTold() {
        clients.as("admin").put("/api/admin/service-desk", settings("MANAGER", 2, 8, true));
        Api partner = clients.as("supplier-a");
        String id = raise(partner, "Portal shows an error").path("id").asText();

        clock.advance(Duration.ofHours(9));
        assertThat(partner.get("/api/tickets/" + id)
                        .json()
                        .path("ticket")
                        .path("resolution")
                        .path("breached")
                        .asBoolean())
                .as("the requester sees it late")
                .isTrue();
        assertThat(clients.as("pm")
                        .get("/api/tickets?projectId=" + project())
                        .json()
                        .toString())
                .contains(id);

        Job timer = management
                .createJobQuery()
                .processInstanceId(instance(id))
                .activityId(SupportRequest.RESOLUTION_SLA)
                .singleResult();
        management.executeJob(timer.getId());

        assertThat(jdbc.sql(
                                "select count(*) from tkt_support_resolution where ticket_id = ? and breached_at is not null")
                        .param(UUID.fromString(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(distinct o.recipient_id) from ntf_outbox o join idn_user u on u.id = o.recipient_id
                        where o.type = 'TICKET_RESOLUTION_BREACHED' and o.dedupe_key = ? and u.username in ('pm', 'admin')
                        """)
                        .param("ticket:" + id + ":resolution")
                        .query(Long.class)
                        .single())
                .as("the desk (a manager) and the tenant admin")
                .isEqualTo(2);
        clock.reset();
        JsonNode ticket = clients.as("pm").get("/api/tickets/" + id).json().path("ticket");
        assertThat(ticket.path("resolution").path("breached").asBoolean())
                .as("stays breached once reported")
                .isTrue();
        assertThat(ticket.path("stage").asText()).isEqualTo("WITH_SERVICE_DESK");
    }

    @Test
    void aClosedDeskTakesNoRequests() {
        clients.as("admin").put("/api/admin/service-desk", settings("MANAGER", 24, 120, false));
        Api.Response refused = clients.as("customer")
                .post(
                        "/api/projects/" + project() + "/tickets",
                        Map.of("type", "SUPPORT_REQUEST", "title", "Anyone there?"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("not taking support requests");
    }

    private static Map<String, Object> settings(String capability, int first, int resolution, boolean open) {
        return Map.of(
                "capability", capability, "firstResponseHours", first, "resolutionHours", resolution, "open", open);
    }

    private JsonNode raise(Api as, String title) {
        Api.Response response = as.post(
                "/api/projects/" + project() + "/tickets",
                Map.of("type", "SUPPORT_REQUEST", "title", title, "description", "Details of " + title));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        raised.add(response.json().path("id").asText());
        return response.json();
    }

    private String instance(String ticketId) {
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ticketId)
                .singleResult()
                .getId();
    }

    private UUID project() {
        return jdbc.sql("select id from prj_project where name = 'Gearbox Housing Line'")
                .query(UUID.class)
                .single();
    }

    private static JsonNode onlyItem(Api api, String ticketId) {
        JsonNode inbox = api.get("/api/inbox?q=" + ticketId).json();
        assertThat(inbox.path("total").asLong()).as(inbox.toString()).isEqualTo(1);
        return inbox.path("items").get(0);
    }
}
