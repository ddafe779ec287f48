package io.crossflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who routes a ticket to a partner (issue 9, item 7): a partner only to its own organisation, so
 * supplier B can no longer put work and its text in supplier A's inbox; internal staff to any
 * partner of the project (docs/security.md, "Decisions").
 */
@IntegrationTest
class TicketRoutingIT {

    @Autowired
    TestClients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoIds demo;

    @Autowired
    RuntimeService runtime;

    private final List<String> raised = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void removeOpenTicketProcesses() {
        // open tickets' tasks would show up in the demo users' inboxes in other ITs
        for (String ticket : raised) {
            runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(ticket)
                    .list()
                    .forEach(i -> runtime.deleteProcessInstance(i.getId(), "test finished"));
        }
    }

    @Test
    void aPartnerCannotRouteATicketToAnotherPartner() {
        UUID supplierA = demo.organisation(DemoIds.SUPPLIER_A);
        for (String type : List.of("CHANGE_REQUEST", "ISSUE")) {
            String title = "Routing IT " + UUID.randomUUID();

            Api.Response refused = raise("supplier-b", type, title, supplierA);

            assertThat(refused.status()).as(type).isEqualTo(400);
            assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("routedOrganisationId");
            assertThat(refused.body()).contains("your own organisation");
            assertThat(jdbc.sql("select count(*) from tkt_ticket where title = ?")
                            .param(title)
                            .query(Long.class)
                            .single())
                    .as("a refused ticket is not raised")
                    .isZero();
            assertThat(clients.as("supplier-a").get("/api/tickets").body()).doesNotContain(title);
        }

        Api.Response chinese = clients.freshSession("supplier-b")
                .speaking("zh-CN")
                .post(
                        "/api/projects/" + demo.demoProject() + "/tickets",
                        Map.of("type", "CHANGE_REQUEST", "title", "x", "routedOrganisationId", supplierA));
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.body()).contains("只能是您自己的组织");
    }

    @Test
    void aPartnerRoutesToItsOwnOrganisationOrLeavesTheTicketToInternalTriage() {
        UUID supplierB = demo.organisation("Rapid Castings Co");

        Api.Response own = raise("supplier-b", "CHANGE_REQUEST", "Routed to us", supplierB);
        Api.Response unrouted = raise("supplier-b", "CHANGE_REQUEST", "For triage", null);

        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().path("routedOrganisationId").asText()).isEqualTo(supplierB.toString());
        assertThat(unrouted.status()).as(unrouted.toString()).isEqualTo(201);
        assertThat(unrouted.json().hasNonNull("routedOrganisationId")).isFalse();
    }

    @Test
    void internalStaffRouteATicketToAnyPartnerOfTheProject() {
        UUID supplierA = demo.organisation(DemoIds.SUPPLIER_A);

        Api.Response routed = raise("engineer", "CHANGE_REQUEST", "Routed by staff", supplierA);

        assertThat(routed.status()).as(routed.toString()).isEqualTo(201);
        assertThat(routed.json().path("routedOrganisationId").asText()).isEqualTo(supplierA.toString());
        assertThat(clients.as("supplier-a")
                        .get("/api/tickets/" + routed.json().path("id").asText())
                        .status())
                .as("the routed partner sees it")
                .isEqualTo(200);
    }

    private Api.Response raise(String username, String type, String title, UUID routedOrganisationId) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "title", title));
        if (routedOrganisationId != null) {
            body.put("routedOrganisationId", routedOrganisationId);
        }
        Api.Response response = clients.as(username).post("/api/projects/" + demo.demoProject() + "/tickets", body);
        if (response.status() == 201) {
            raised.add(response.json().path("id").asText());
        }
        return response;
    }
}
