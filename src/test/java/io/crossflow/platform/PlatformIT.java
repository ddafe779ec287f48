package io.crossflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.project.OverdueWorkItems;
import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Platform operators found tenants whose first admin comes in by the mailed invitation, and
 * suspend and resume them: a suspended tenant's people and tokens are refused at once, its engine
 * timers and its outbox pause, and resuming restores exactly what was paused.
 */
@IntegrationTest
class PlatformIT {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");
    private static final String GOOD_PASSWORD = "bronze-casting-27-river";

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    OverdueWorkItems overdue;

    @Autowired
    Tenants tenants;

    Api operator;

    @BeforeEach
    void setUp() {
        TestMailServer.get().start();
        operator = clients.as("operator");
    }

    @Test
    void anOperatorFoundsATenantWhoseFirstAdminAcceptsTheMailedInvitationAndAdministersIt() {
        String suffix = suffix();
        String email = "li.wei-" + suffix + "@hdcasting.example.cn";
        Api.Response created = operator.post(
                "/api/platform/tenants",
                Map.of(
                        "name",
                        "华东精密铸造有限公司 " + suffix,
                        "slug",
                        "hd-" + suffix,
                        "defaultLanguage",
                        "zh-CN",
                        "timeZone",
                        "Asia/Shanghai",
                        "adminEmail",
                        email));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode tenant = created.json();
        assertThat(tenant.path("state").asText()).isEqualTo("ACTIVE");
        assertThat(tenant.path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(tenant.path("organisations").asLong()).isEqualTo(1);
        assertThat(tenant.path("users").asLong())
                .as("the invitee's account, not yet active")
                .isEqualTo(1);
        assertThat(tenant.path("firstAdminInvitation").path("email").asText()).isEqualTo(email);

        MimeMessage mail = mailTo(email);
        assertThat(subject(mail))
                .as("in the tenant's language")
                .contains("邀请您加入协同流")
                .contains("华东精密铸造有限公司");
        Api invitee = clients.anonymous();
        String link = token(mail);
        assertThat(invitee.get("/api/invitations/" + link)
                        .json()
                        .path("tenantName")
                        .asText())
                .startsWith("华东精密铸造有限公司");
        Api.Response accepted = invitee.post(
                "/api/invitations/" + link + "/accept", Map.of("displayName", "李伟", "password", GOOD_PASSWORD));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        Api admin = Api.signIn(clients.baseUrl(), email, GOOD_PASSWORD);
        JsonNode me = admin.get("/api/me").json();
        assertThat(me.path("tenant").path("id").asText())
                .isEqualTo(tenant.path("id").asText());
        assertThat(me.path("capabilities").toString()).contains("TENANT_ADMIN").doesNotContain("PLATFORM_OPERATOR");
        assertThat(admin.get("/api/admin/organisations").status()).isEqualTo(200);
        assertThat(admin.get("/api/platform/tenants").status())
                .as("a tenant admin is no operator")
                .isEqualTo(403);

        JsonNode listed = find(
                operator.get("/api/platform/tenants").json(), tenant.path("id").asText());
        assertThat(listed.path("slug").asText()).isEqualTo("hd-" + suffix);
        assertThat(listed.toString())
                .as("the list carries no projects, documents or tasks")
                .doesNotContain("project", "document", "task");

        // the operator's reach into projects stays in its own tenant
        String project = project(admin, "Foundry line " + suffix);
        assertThat(operator.get("/api/projects/" + project).status()).isEqualTo(404);
        assertThat(operator.get("/api/projects/" + project + "/work-items").status())
                .isEqualTo(404);
        assertThat(operator.get("/api/projects").body()).doesNotContain(project);
    }

    @Test
    void badInputFoundsNothingAndSendsNoMail() {
        String suffix = suffix();
        String email = "nobody-" + suffix + "@example.com";
        Api.Response refused = operator.post(
                "/api/platform/tenants",
                Map.of(
                        "name", "Mars Foundry " + suffix,
                        "slug", "demo",
                        "defaultLanguage", "fr",
                        "timeZone", "Mars/Olympus_Mons",
                        "adminEmail", email));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").toString())
                .contains("\"slug\"", "\"defaultLanguage\"", "\"timeZone\"")
                .contains("taken by another tenant", "Asia/Shanghai");
        assertThat(operator.speaking("zh-CN")
                        .post(
                                "/api/platform/tenants",
                                Map.of(
                                        "name",
                                        "Mars Foundry " + suffix,
                                        "slug",
                                        "mars-" + suffix,
                                        "defaultLanguage",
                                        "en",
                                        "timeZone",
                                        "+08:00",
                                        "adminEmail",
                                        email))
                        .json()
                        .path("errors")
                        .toString())
                .contains("请使用时区名称");
        assertThat(jdbc.sql("select count(*) from ten_tenant where name = ?")
                        .param("Mars Foundry " + suffix)
                        .query(Long.class)
                        .single())
                .isZero();
        Outboxes.drain(dispatcher);
        assertThat(TestMailServer.get().messagesTo(email)).isEmpty();
    }

    @Test
    void suspendingSignsTheTenantOutEverywherePausesItsTimersAndOutboxAndResumingRestoresExactly() {
        Founded founded = foundAndAccept();
        Api admin = Api.signIn(clients.baseUrl(), founded.email(), GOOD_PASSWORD);
        String token = admin.post(
                        "/api/tokens", Map.of("name", "ERP", "scopes", List.of("read", "write"), "expiresInDays", 1))
                .json()
                .path("token")
                .asText();
        assertThat(clients.withToken(token).get("/api/projects").status()).isEqualTo(200);

        String project = project(admin, "Suspended line");
        ProcessInstance issue = raiseIssue(admin, project, "Porosity in castings");
        ProcessInstance pausedByCockpit = raiseIssue(admin, project, "Paused on purpose");
        runtime.suspendProcessInstanceById(pausedByCockpit.getId());
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(issue.getId())
                        .timers()
                        .active()
                        .count())
                .as("the triage SLA timer")
                .isEqualTo(1);

        Api.Response item = admin.post(
                "/api/projects/" + project + "/work-items",
                Map.of(
                        "title",
                        "Sand cores",
                        "plannedEnd",
                        LocalDate.now().plusDays(5).toString()));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        LocalDate later = LocalDate.now().plusDays(10);

        String colleague = "colleague-" + suffix() + "@example.com";
        Map<String, Object> invite = new HashMap<>();
        invite.put("emails", List.of(colleague));
        invite.put("organisationId", founded.host());
        invite.put("capabilities", List.of("MEMBER"));
        invite.put("language", "en");
        assertThat(admin.post("/api/admin/invitations", invite).status()).isEqualTo(201);

        JsonNode suspended = operator.post("/api/platform/tenants/" + founded.id() + "/suspend", null)
                .json();
        assertThat(suspended.path("state").asText()).isEqualTo("SUSPENDED");

        Api.Response next = admin.get("/api/projects");
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.json().path("reason").asText()).isEqualTo("tenant-suspended");
        assertThat(admin.get("/api/me").status()).as("the session is over").isEqualTo(401);
        Api.Response signIn = clients.anonymous().signInAttempt(founded.email(), GOOD_PASSWORD);
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.json().path("reason").asText()).isEqualTo("tenant-suspended");
        assertThat(clients.anonymous()
                        .speaking("zh-CN")
                        .signInAttempt(founded.email(), "wrong-password-000")
                        .json()
                        .path("reason")
                        .isMissingNode())
                .as("a wrong password learns nothing about the tenant")
                .isTrue();
        Api.Response byToken = clients.withToken(token).get("/api/projects");
        assertThat(byToken.status()).isEqualTo(401);
        assertThat(byToken.json().path("reason").asText()).isEqualTo("tenant-suspended");
        assertThat(clients.withToken(token)
                        .post("/api/projects", Map.of("name", "x"))
                        .status())
                .isEqualTo(401);

        assertThat(management
                        .createJobQuery()
                        .processInstanceId(issue.getId())
                        .timers()
                        .active()
                        .count())
                .as("no timer of the tenant can fire")
                .isZero();
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(issue.getId())
                        .timers()
                        .suspended()
                        .count())
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .tenantIdIn(founded.id())
                        .active()
                        .count())
                .isZero();

        assertThat(overdue.publish(later, pausedAndOthers(founded.id())))
                .as("the overdue check leaves a suspended tenant out")
                .isZero();

        Outboxes.drain(dispatcher);
        assertThat(outboxStatus(colleague)).as("the mail waits, kept").isEqualTo("PENDING");
        assertThat(TestMailServer.get().messagesTo(colleague)).isEmpty();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(clients.as("admin")
                                .get("/actuator/health")
                                .json()
                                .path("components")
                                .path("outbox")
                                .path("details")
                                .path("EMAIL")
                                .path("heldForSuspendedTenants")
                                .asLong())
                        .as("the health endpoint reports held mail apart from the late, not as a backlog")
                        .isPositive());

        assertThat(operator.post("/api/platform/tenants/" + founded.id() + "/suspend", null)
                        .status())
                .as("suspending twice")
                .isEqualTo(409);
        JsonNode resumed = operator.post("/api/platform/tenants/" + founded.id() + "/resume", null)
                .json();
        assertThat(resumed.path("state").asText()).isEqualTo("ACTIVE");

        Api again = Api.signIn(clients.baseUrl(), founded.email(), GOOD_PASSWORD);
        assertThat(again.get("/api/projects/" + project).status()).isEqualTo(200);
        assertThat(clients.withToken(token).get("/api/projects").status()).isEqualTo(200);
        JsonNode trail = again.get("/api/admin/audit?objectType=TENANT").json().path("items");
        assertThat(trail.findValuesAsText("action"))
                .as("the tenant's admins see in their audit who suspended and resumed them")
                .containsExactly("RESUMED", "SUSPENDED");
        assertThat(trail.get(0).path("actorId").asText())
                .isEqualTo(operator.get("/api/me").json().path("id").asText());
        assertThat(management
                        .createJobQuery()
                        .processInstanceId(issue.getId())
                        .timers()
                        .active()
                        .count())
                .as("the timer runs again")
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(pausedByCockpit.getId())
                        .singleResult()
                        .isSuspended())
                .as("what was suspended before stays suspended")
                .isTrue();
        assertThat(overdue.publish(later, pausedAndOthers(founded.id())))
                .as("and announces its overdue item after the resumption")
                .isEqualTo(1);
        Outboxes.drain(dispatcher);
        assertThat(outboxStatus(colleague)).isEqualTo("SENT");
        assertThat(TestMailServer.get().messagesTo(colleague)).hasSize(1);
        runtime.activateProcessInstanceById(pausedByCockpit.getId());
    }

    @Test
    void anOperatorInvitesASecondOperatorWhoAcceptsAndOperatesThePlatform() {
        String email = "ops-" + suffix() + "@crossflow.example";
        long before =
                jdbc.sql("select count(*) from idn_user").query(Long.class).single();
        Api.Response bad = operator.post("/api/platform/operators", Map.of("email", "not-an-address"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertThat(jdbc.sql("select count(*) from idn_user").query(Long.class).single())
                .as("a refused invitation creates nothing")
                .isEqualTo(before);
        assertThat(clients.as("admin")
                        .post("/api/platform/operators", Map.of("email", email))
                        .status())
                .as("a tenant admin cannot make operators")
                .isEqualTo(403);

        Api.Response invited = operator.post("/api/platform/operators", Map.of("email", email, "language", "en"));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        assertThat(statusOf(email)).isEqualTo("INVITED");

        String link = token(mailTo(email));
        Api invitee = clients.anonymous();
        invitee.get("/api/invitations/" + link);
        assertThat(invitee.post(
                                "/api/invitations/" + link + "/accept",
                                Map.of("displayName", "Olga Ops", "password", GOOD_PASSWORD))
                        .status())
                .isEqualTo(200);
        Api second = Api.signIn(clients.baseUrl(), email, GOOD_PASSWORD);
        assertThat(second.get("/api/me").json().path("capabilities").toString()).contains("PLATFORM_OPERATOR");
        assertThat(second.get("/api/platform/tenants").status()).isEqualTo(200);
        assertThat(statusOf(email)).isEqualTo("ACTIVE");
    }

    private String statusOf(String email) {
        for (JsonNode listed : operator.get("/api/platform/operators").json()) {
            if (email.equals(listed.path("email").asText())) {
                return listed.path("status").asText();
            }
        }
        throw new AssertionError(email + " is not listed among the operators");
    }

    @Test
    void anOperatorCannotSuspendItsOwnTenant() {
        String own = operator.get("/api/me").json().path("tenant").path("id").asText();
        Api.Response refused = operator.post("/api/platform/tenants/" + own + "/suspend", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("your own tenant");
        assertThat(operator.get("/api/platform/tenants/" + own)
                        .json()
                        .path("state")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    /**
     * What the scheduled check leaves out ({@code OverdueCheck} passes the suspended tenants),
     * plus every other tenant, so the shared database's other work items are not announced here.
     */
    private Set<UUID> pausedAndOthers(String tenantId) {
        Set<UUID> paused = new HashSet<>(tenants.suspendedIds());
        tenants.all().stream()
                .map(tenant -> tenant.id())
                .filter(id -> !id.toString().equals(tenantId))
                .forEach(paused::add);
        return paused;
    }

    private Founded foundAndAccept() {
        String suffix = suffix();
        String email = "admin-" + suffix + "@tenant.example";
        JsonNode tenant = operator.post(
                        "/api/platform/tenants",
                        Map.of(
                                "name",
                                "Suspendable " + suffix,
                                "slug",
                                "susp-" + suffix,
                                "defaultLanguage",
                                "en",
                                "timeZone",
                                "Europe/Berlin",
                                "adminEmail",
                                email))
                .json();
        String link = token(mailTo(email));
        Api invitee = clients.anonymous();
        invitee.get("/api/invitations/" + link); // as the accept page does, it takes the XSRF cookie first
        Api.Response accepted = invitee.post(
                "/api/invitations/" + link + "/accept",
                Map.of("displayName", "Ada " + suffix, "password", GOOD_PASSWORD));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String host = Api.signIn(clients.baseUrl(), email, GOOD_PASSWORD)
                .get("/api/me")
                .json()
                .path("organisation")
                .path("id")
                .asText();
        return new Founded(tenant.path("id").asText(), email, host);
    }

    private record Founded(String id, String email, String host) {}

    private static String project(Api admin, String name) {
        Api.Response created = admin.post(
                "/api/projects",
                Map.of(
                        "name",
                        name,
                        "plannedStart",
                        LocalDate.now().toString(),
                        "plannedEnd",
                        LocalDate.now().plusDays(30).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private ProcessInstance raiseIssue(Api admin, String project, String title) {
        Api.Response raised = admin.post(
                "/api/projects/" + project + "/tickets",
                Map.of("type", "ISSUE", "title", title, "description", "Found at incoming inspection"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(raised.json().path("id").asText())
                .singleResult();
    }

    private String outboxStatus(String email) {
        return jdbc.sql("""
                        select o.status from ntf_outbox o join idn_user u on u.id = o.recipient_id
                         where lower(u.email) = ? and o.channel = 'EMAIL'
                        """).param(email).query(String.class).single();
    }

    private static JsonNode find(JsonNode tenants, String id) {
        for (JsonNode tenant : tenants) {
            if (tenant.path("id").asText().equals(id)) {
                return tenant;
            }
        }
        throw new AssertionError("Tenant " + id + " not listed");
    }

    private MimeMessage mailTo(String email) {
        Outboxes.drain(dispatcher);
        List<MimeMessage> mails = TestMailServer.get().messagesTo(email);
        assertThat(mails).as("mails to " + email).hasSize(1);
        return mails.get(0);
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(MimeMessage mail) {
        try {
            Matcher m = LINK.matcher(mail.getContent().toString());
            assertThat(m.find()).as(mail.getContent().toString()).isTrue();
            return m.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
