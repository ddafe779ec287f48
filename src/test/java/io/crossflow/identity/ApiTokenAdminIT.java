package io.crossflow.identity;

import static io.crossflow.identity.ApiTokenIT.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tenant admins issue and revoke tokens of their tenant's service users, nobody else's. */
@IntegrationTest
class ApiTokenAdminIT {

    @Autowired
    TestClients clients;

    @Autowired
    Tenants tenants;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Test
    void adminIssuesATokenToAServiceUserOfItsTenant() {
        UUID erp = serviceUser("demo", "Demo Manufacturing", true);

        var created =
                clients.as("admin").post("/api/admin/users/" + erp + "/tokens", request("ERP", List.of("read"), 90));

        assertThat(created.status()).isEqualTo(201);
        String token = created.json().path("token").asText();
        var me = clients.withToken(token).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("id").asText()).isEqualTo(erp.toString());
        var listed = clients.as("admin").get("/api/admin/users/" + erp + "/tokens");
        assertThat(listed.json().findValuesAsText("name")).containsExactly("ERP");
        assertThat(listed.body()).doesNotContain(token);

        assertThat(clients.as("admin")
                        .delete("/api/tokens/" + created.json().path("id").asText())
                        .status())
                .isEqualTo(204);
        assertThat(clients.withToken(token).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void serviceUserOfAnotherTenantIsNotFound() {
        UUID otherErp = serviceUser("other", "Other Co", true);

        var response =
                clients.as("admin").post("/api/admin/users/" + otherErp + "/tokens", request("x", List.of("read"), 1));

        assertThat(response.status()).isEqualTo(404);
        assertThat(clients.as("admin")
                        .get("/api/admin/users/" + otherErp + "/tokens")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyTenantAdminsIssueTokensAndOnlyToServiceUsers() {
        UUID erp = serviceUser("demo", "Demo Manufacturing", true);
        UUID person = serviceUser("demo", "Demo Manufacturing", false);

        var byManager = clients.as("pm").post("/api/admin/users/" + erp + "/tokens", request("x", List.of("read"), 1));
        assertThat(byManager.status()).isEqualTo(403);

        var forPerson =
                clients.as("admin").post("/api/admin/users/" + person + "/tokens", request("x", List.of("read"), 1));
        assertThat(forPerson.status()).isEqualTo(403);
        assertThat(forPerson.json().path("detail").asText()).contains("service users only");
    }

    @Test
    void invalidRequestForAServiceUserNamesTheFields() {
        UUID erp = serviceUser("demo", "Demo Manufacturing", true);

        var response =
                clients.as("admin").post("/api/admin/users/" + erp + "/tokens", request("", List.of("delete"), 400));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("name", "scopes", "expiresInDays");
    }

    private UUID serviceUser(String tenantSlug, String hostOrganisation, boolean serviceAccount) {
        UUID tenant = tenants.findBySlug(tenantSlug).orElseThrow().id();
        UUID organisation =
                organisations.findByName(tenant, hostOrganisation).orElseThrow().id();
        String name = (serviceAccount ? "svc-" : "person-") + UUID.randomUUID();
        return users.create(new Users.NewUser(
                tenant, organisation, name, null, name, null, "en", EnumSet.of(Capability.MEMBER), serviceAccount));
    }
}
