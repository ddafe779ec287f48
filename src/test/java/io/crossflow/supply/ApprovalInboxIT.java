package io.crossflow.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.project.Projects;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The higher approval levels are offered to tenant-wide roles ({@code tenant:<id>:MANAGER}): they
 * reach the tenant's managers through the inbox, and nobody else.
 */
@IntegrationTest
class ApprovalInboxIT {

    @Autowired
    TestClients clients;

    @Autowired
    Approvals approvals;

    @Autowired
    Users users;

    @Autowired
    Projects projects;

    @Autowired
    JdbcClient jdbc;

    @Test
    void secondLevelReachesTheTenantsManagersOnly() {
        CurrentUser engineer = users.currentUserByUsername("engineer").orElseThrow();
        UUID gearbox = projects.visibleTo(engineer).stream()
                .filter(p -> p.name().equals("Gearbox Housing Line"))
                .findFirst()
                .orElseThrow()
                .id();
        String instance = approvals.start(
                engineer, gearbox, "po-" + UUID.randomUUID(), "PURCHASE", new BigDecimal("25000"), "Tooling order");

        String level1 = openTask(instance);
        Api pm = clients.as("pm");
        assertThat(inbox(pm)).contains(level1);
        assertThat(pm.post("/api/tasks/" + level1 + "/complete", Map.of("approvalDecision", "approve"))
                        .status())
                .isEqualTo(204);

        String level2 = openTask(instance);
        assertThat(level2).isNotEqualTo(level1);
        assertThat(inbox(pm)).as("pm holds capability MANAGER").contains(level2);
        assertThat(inbox(clients.as("engineer"))).doesNotContain(level2);
        assertThat(inbox(clients.as("supplier-a"))).doesNotContain(level2);
        assertThat(inbox(clients.as("other-pm")))
                .as("a manager of another tenant")
                .doesNotContain(level2);
        assertThat(clients.as("other-pm").get("/api/tasks/" + level2).status()).isEqualTo(404);
    }

    private String openTask(String processInstanceId) {
        return jdbc.sql("select task_id from inbox_item where process_instance_id = ?")
                .param(processInstanceId)
                .query(String.class)
                .single();
    }

    private static List<String> inbox(Api api) {
        List<String> ids = new ArrayList<>();
        api.get("/api/inbox?size=100")
                .json()
                .path("items")
                .forEach(i -> ids.add(i.path("taskId").asText()));
        return ids;
    }
}
