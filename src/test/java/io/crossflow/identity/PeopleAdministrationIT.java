package io.crossflow.identity;

import static io.crossflow.testing.HandoffFixture.inbox;
import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tenant admins bring organisations and people in and take them out again (docs/administration.md). */
@IntegrationTest
class PeopleAdministrationIT {

    private static final String GOOD_PASSWORD = "casting-furnace-42-blue";

    @Autowired
    TestClients clients;

    HandoffFixture fixture;
    Api admin;

    @BeforeEach
    void setUp() {
        fixture = new HandoffFixture(clients);
        admin = clients.as("admin");
    }

    @Test
    void adminCreatesAPartnerOrganisationThatTheListShows() {
        String name = "华东精密铸造有限公司 " + suffix();
        Api.Response created = admin.post(
                "/api/admin/organisations",
                Map.of(
                        "name",
                        name,
                        "kind",
                        "PARTNER",
                        "shortCode",
                        "hd" + suffix().substring(0, 4),
                        "contactName",
                        "李伟",
                        "contactEmail",
                        "li.wei@hdcasting.example.cn",
                        "emailDomains",
                        List.of("@HD" + suffix() + ".example.cn")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode organisation = created.json();
        assertThat(organisation.path("shortCode").asText()).startsWith("HD");
        assertThat(organisation.path("emailDomains").get(0).asText())
                .startsWith("hd")
                .doesNotStartWith("@");
        assertThat(organisation.path("active").asBoolean()).isTrue();

        assertThat(names(admin.get("/api/admin/organisations").json())).contains(name);
        Api.Response renamed = admin.patch(
                "/api/admin/organisations/" + organisation.path("id").asText(), Map.of("contactName", "王芳"));
        assertThat(renamed.json().path("contactName").asText()).isEqualTo("王芳");
        assertThat(renamed.json().path("name").asText()).isEqualTo(name);
    }

    @Test
    void badOrganisationInputNamesEachFieldAndCreatesNothing() {
        int before = admin.get("/api/admin/organisations").json().size();
        Map<String, Object> bad = new HashMap<>();
        bad.put("name", "invoice\u202Egpj.exe");
        bad.put("kind", "HOST");
        bad.put("shortCode", "no spaces!");
        bad.put("contactEmail", "not-an-address");
        bad.put("emailDomains", List.of("localhost"));
        Api.Response refused = admin.post("/api/admin/organisations", bad);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused.json()))
                .containsExactlyInAnyOrder("name", "kind", "shortCode", "contactEmail", "emailDomains");
        assertThat(admin.get("/api/admin/organisations").json().size()).isEqualTo(before);
    }

    @Test
    void anEmailDomainBelongsToOneOrganisationOnly() {
        String domain = "d" + suffix() + ".example.com";
        assertThat(organisation("PARTNER", List.of(domain)).status()).isEqualTo(201);
        int before = admin.get("/api/admin/organisations").json().size();

        Api.Response second = organisation("CUSTOMER", List.of(domain));

        assertThat(second.status()).as(second.toString()).isEqualTo(400);
        assertThat(fields(second.json())).containsExactly("emailDomains");
        assertThat(admin.get("/api/admin/organisations").json().size())
                .as("the refused organisation was not created")
                .isEqualTo(before);
    }

    @Test
    void onlyTenantAdminsManagePeopleAndAnotherTenantsOrganisationDoesNotExist() {
        for (String role : List.of("pm", "engineer", "supplier-a", "customer", "other-pm", "operator")) {
            assertThat(clients.as(role).get("/api/admin/users").status())
                    .as(role)
                    .isEqualTo(403);
        }
        String otherTenantsOrganisation = clients.as("other-pm")
                .get("/api/me")
                .json()
                .path("organisation")
                .path("id")
                .asText();
        assertThat(admin.patch("/api/admin/organisations/" + otherTenantsOrganisation, Map.of("name", "Taken over"))
                        .status())
                .isEqualTo(404);
        assertThat(admin.post("/api/admin/organisations/" + otherTenantsOrganisation + "/deactivate", null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void capabilitiesMustFitTheOrganisation() {
        UUID supplierA = supplierA();
        Api.Response refused = admin.post(
                "/api/admin/users", newUser("partner-" + suffix(), supplierA, List.of("MANAGER"), GOOD_PASSWORD));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("capabilities");

        Api.Response operator = admin.post(
                "/api/admin/users", newUser("op-" + suffix(), hostOrganisation(), List.of("PLATFORM_OPERATOR"), null));
        assertThat(operator.status()).isEqualTo(400);
    }

    @Test
    void theAdminFindsUsersBySearchAndFilters() {
        String username = "zhao-" + suffix();
        assertThat(admin.post("/api/admin/users", newUser(username, supplierA(), List.of("PARTNER_MEMBER"), null))
                        .status())
                .isEqualTo(201);

        JsonNode found = admin.get("/api/admin/users?q=" + username).json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("organisationName").asText()).isEqualTo(HandoffFixture.SUPPLIER_A);
        assertThat(admin.get("/api/admin/users?q=" + username + "&capability=MANAGER")
                        .json())
                .isEmpty();
        assertThat(admin.get("/api/admin/users?q=" + username + "&active=false").json())
                .isEmpty();
        assertThat(admin.get("/api/admin/users?organisationId=" + supplierA() + "&capability=PARTNER_MEMBER")
                        .json()
                        .findValuesAsText("username"))
                .contains(username);
    }

    @Test
    void aDeactivatedUserIsOutAtItsNextRequestAndItsWorkGoesBack() {
        String username = "leaver-" + suffix();
        JsonNode created = admin.post(
                        "/api/admin/users", newUser(username, supplierA(), List.of("PARTNER_MEMBER"), GOOD_PASSWORD))
                .json();
        String userId = created.path("id").asText();
        Api leaver = Api.signIn(clients.baseUrl(), username, GOOD_PASSWORD);
        String token = leaver.post("/api/tokens", Map.of("name", "ERP", "scopes", List.of("read")))
                .json()
                .path("token")
                .asText();
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Leaver's flanges"));
        String accept = onlyTask(leaver, item, "Accept work package");
        assertThat(leaver.post("/api/tasks/" + accept + "/claim", null).status())
                .isEqualTo(204);
        assertThat(admin.get("/api/admin/users/" + userId)
                        .json()
                        .path("lastSignInAt")
                        .isNull())
                .isFalse();

        Api.Response deactivated = admin.post("/api/admin/users/" + userId + "/deactivate", null);

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        Api.Response next = leaver.get("/api/me");
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.json().path("detail").asText()).contains("deactivated");
        assertThat(clients.withToken(token).get("/api/me").status()).isEqualTo(401);
        JsonNode task = inbox(clients.as("supplier-a"), item).path("items").get(0);
        assertThat(task.path("taskId").asText()).isEqualTo(accept);
        assertThat(task.path("assignee").isNull() || task.path("assignee").isMissingNode())
                .as("the claimed task went back to its candidates: " + task)
                .isTrue();

        Api.Response again = clients.anonymous().signInAttempt(username, GOOD_PASSWORD);
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.json().path("detail").asText()).contains("deactivated");
        Api.Response wrongPassword = clients.anonymous().signInAttempt(username, "not-the-password-at-all");
        assertThat(wrongPassword.json().path("detail").asText())
                .as("a wrong password does not reveal the account's state")
                .doesNotContain("deactivated");

        assertThat(admin.post("/api/admin/users/" + userId + "/reactivate", null)
                        .status())
                .isEqualTo(200);
        assertThat(Api.signIn(clients.baseUrl(), username, GOOD_PASSWORD)
                        .get("/api/me")
                        .status())
                .isEqualTo(200);
        assertThat(clients.withToken(token).get("/api/me").status())
                .as("reactivation does not bring revoked tokens back")
                .isEqualTo(401);
    }

    @Test
    void aDeactivatedOrganisationsOpenTasksGoToTheProjectsManagers() {
        Api pm = clients.as("pm");
        String organisation =
                organisation("PARTNER", List.of()).json().path("id").asText();
        String project = pm.post("/api/projects", Map.of("name", "Staffing " + suffix()))
                .json()
                .path("id")
                .asText();
        assertThat(pm.post(
                                "/api/projects/" + project + "/participants",
                                Map.of("organisationId", organisation, "role", "SUPPLIER"))
                        .status())
                .isEqualTo(201);
        String username = "partner-" + suffix();
        String userId = admin.post(
                        "/api/admin/users",
                        newUser(username, UUID.fromString(organisation), List.of("PARTNER_MEMBER"), GOOD_PASSWORD))
                .json()
                .path("id")
                .asText();
        String item = fixture.workItem(
                project,
                organisation,
                "Cast housings " + suffix(),
                LocalDate.now().plusDays(20));
        fixture.handoff("pm", item, null);
        Api partner = Api.signIn(clients.baseUrl(), username, GOOD_PASSWORD);
        onlyTask(partner, item, "Accept work package");
        assertThat(inbox(pm, item).path("total").asLong()).isZero();

        Api.Response deactivated = admin.post("/api/admin/organisations/" + organisation + "/deactivate", null);

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(deactivated.json().path("active").asBoolean()).isFalse();
        assertThat(partner.get("/api/me").status()).isEqualTo(401);
        assertThat(admin.get("/api/admin/users/" + userId).json().path("active").asBoolean())
                .isFalse();
        onlyTask(pm, item, "接收工作包"); // pm reads Chinese (its language)
        assertThat(admin.post("/api/admin/users/" + userId + "/reactivate", null)
                        .status())
                .as("a user of a deactivated organisation stays out")
                .isEqualTo(409);
    }

    @Test
    void aPartnerManagerManagesItsOwnPeopleAndNobodyElses() {
        UUID supplierA = supplierA();
        String colleague = "colleague-" + suffix();
        String colleagueId = admin.post(
                        "/api/admin/users", newUser(colleague, supplierA, List.of("PARTNER_MEMBER"), GOOD_PASSWORD))
                .json()
                .path("id")
                .asText();
        Api manager = clients.as("supplier-a");

        JsonNode own = manager.get("/api/organisations/" + supplierA + "/users").json();
        assertThat(own.findValuesAsText("organisationName")).containsOnly(HandoffFixture.SUPPLIER_A);
        assertThat(own.findValuesAsText("username")).contains("supplier-a", colleague);
        String supplierB = clients.as("supplier-b")
                .get("/api/me")
                .json()
                .path("organisation")
                .path("id")
                .asText();
        assertThat(manager.get("/api/organisations/" + supplierB + "/users").status())
                .isEqualTo(404);
        String supplierBUser =
                clients.as("supplier-b").get("/api/me").json().path("id").asText();
        assertThat(manager.post("/api/organisations/" + supplierA + "/users/" + supplierBUser + "/deactivate", null)
                        .status())
                .as("a user of another organisation, even named under one's own")
                .isEqualTo(404);
        Api member = Api.signIn(clients.baseUrl(), colleague, GOOD_PASSWORD);
        assertThat(member.get("/api/organisations/" + supplierA + "/users").status())
                .as("a partner member is not a manager")
                .isEqualTo(403);

        Api.Response deactivated =
                manager.post("/api/organisations/" + supplierA + "/users/" + colleagueId + "/deactivate", null);

        assertThat(deactivated.status()).as(deactivated.toString()).isEqualTo(200);
        assertThat(member.get("/api/me").status()).isEqualTo(401);
        assertThat(clients.as("supplier-b").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void theAdminNeverLocksItselfOutNorDeactivatesItsOwnCompany() {
        String self = admin.get("/api/me").json().path("id").asText();
        assertThat(admin.post("/api/admin/users/" + self + "/deactivate", null).status())
                .isEqualTo(409);
        Api.Response demoted = admin.patch("/api/admin/users/" + self, Map.of("capabilities", List.of("MEMBER")));
        assertThat(demoted.status()).isEqualTo(400);
        assertThat(admin.post("/api/admin/organisations/" + hostOrganisation() + "/deactivate", null)
                        .status())
                .isEqualTo(409);
        assertThat(admin.get("/api/me").status()).isEqualTo(200);
    }

    private Api.Response organisation(String kind, List<String> domains) {
        return admin.post(
                "/api/admin/organisations",
                Map.of("name", "Organisation " + suffix(), "kind", kind, "emailDomains", domains));
    }

    private static Map<String, Object> newUser(
            String username, UUID organisationId, List<String> capabilities, String password) {
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("displayName", "User " + username);
        user.put("email", username + "@example.com");
        user.put("organisationId", organisationId);
        user.put("capabilities", capabilities);
        user.put("password", password);
        return user;
    }

    private UUID supplierA() {
        return organisationNamed(HandoffFixture.SUPPLIER_A);
    }

    private UUID hostOrganisation() {
        return UUID.fromString(
                admin.get("/api/me").json().path("organisation").path("id").asText());
    }

    private UUID organisationNamed(String name) {
        for (JsonNode organisation : admin.get("/api/admin/organisations").json()) {
            if (organisation.path("name").asText().equals(name)) {
                return UUID.fromString(organisation.path("id").asText());
            }
        }
        throw new AssertionError("No organisation " + name);
    }

    private static List<String> names(JsonNode organisations) {
        return organisations.findValuesAsText("name");
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValuesAsText("field");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
