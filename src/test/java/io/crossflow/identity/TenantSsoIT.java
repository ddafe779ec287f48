package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.Browser.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.idp.IdpPeople;
import io.crossflow.testing.idp.IdpPeople.Person;
import io.crossflow.testing.idp.TestIdentityProvider;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on per tenant through the real authorization-code flow against the test IdP: a
 * tenant's own provider signs in that tenant's users only, creates users of its creation domains,
 * keeps its client secret encrypted and never answers it, and lets its admin test it without
 * signing out.
 */
@IntegrationTest
class TenantSsoIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aTenantsSsoSignsInAUserOfThatTenant() {
        configureDemo(true);
        Browser browser = new Browser();

        signInAtIdp(browser, "tenant-demo", "", IdpPeople.ENGINEER);

        var me = browser.get(app() + "/api/me", "Accept", "application/json");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"engineer\"");
    }

    @Test
    void aUserOfAnotherTenantIsRefusedByThisTenantsSso() {
        configureDemo(true);
        // other-pm is a user of tenant Other Co; demo's provider vouches for its address
        Person otherPm = IdpPeople.add("sso-other-pm-" + UUID.randomUUID(), "other-pm@other.example", "Other PM");
        Browser browser = new Browser();

        List<Page> hops = signInAtIdp(browser, "tenant-demo", "", otherPm);

        Page last = hops.get(hops.size() - 1);
        assertThat(last.uri().getPath()).isEqualTo("/sso/refused");
        assertThat(last.status()).isEqualTo(403);
        assertThat(browser.get(app() + "/api/me", "Accept", "application/json").status())
                .isEqualTo(401);
    }

    @Test
    void anotherTenantsSsoDoesNotSignInThisTenantsUser() {
        configureDemo(true);
        Api otherAdmin = otherTenantAdmin();
        assertThat(otherAdmin
                        .put("/api/admin/sso", settings(true, List.of(), List.of(), null, List.of()))
                        .status())
                .isEqualTo(200);
        Browser browser = new Browser();

        // engineer is a user of the demo tenant: Other Co's provider may not sign it in
        List<Page> hops = signInAtIdp(browser, "tenant-other", "", IdpPeople.ENGINEER);

        assertThat(hops.get(hops.size() - 1).uri().getPath()).isEqualTo("/sso/refused");
        assertThat(browser.get(app() + "/api/me", "Accept", "application/json").status())
                .isEqualTo(401);
    }

    @Test
    void anUnknownAddressOfACreationDomainBecomesAUserOfTheChosenOrganisation() {
        configureDemo(true);
        String email = "new-" + UUID.randomUUID() + "@jit-demo.example";
        Person newcomer = IdpPeople.add("sso-new-" + UUID.randomUUID(), email, "Wang Fang");
        Browser browser = new Browser();

        signInAtIdp(browser, "tenant-demo", "", newcomer);

        var me = browser.get(app() + "/api/me", "Accept", "application/json");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + email + "\"", "\"capabilities\":[\"PARTNER_MEMBER\"]");
        Map<String, Object> row = jdbc.sql(
                        "select organisation_id, display_name, oidc_subject, password_hash from idn_user where email = ?")
                .param(email)
                .query()
                .singleRow();
        assertThat(row.get("organisation_id")).isEqualTo(demo.organisation(DemoIds.SUPPLIER_A));
        assertThat(row.get("display_name")).isEqualTo("Wang Fang");
        assertThat((String) row.get("oidc_subject")).endsWith("|" + newcomer.username());
        assertThat(row.get("password_hash")).isNull();
    }

    @Test
    void anUnknownAddressOutsideTheCreationDomainsIsRefusedAndNothingIsCreated() {
        configureDemo(true);
        String email = "unknown-" + UUID.randomUUID() + "@demo.example";
        Person unknown = IdpPeople.add("sso-unknown-" + UUID.randomUUID(), email, "Unknown");
        Browser browser = new Browser();

        List<Page> hops = signInAtIdp(browser, "tenant-demo", "", unknown);

        assertThat(hops.get(hops.size() - 1).uri().getPath()).isEqualTo("/sso/refused");
        assertThat(jdbc.sql("select count(*) from idn_user where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theClientSecretIsStoredEncryptedAndNeverAnswered() {
        var saved = configureDemo(true);
        var read = clients.as("admin").get("/api/admin/sso");

        assertThat(saved.body()).doesNotContain(TestIdentityProvider.CLIENT_SECRET);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(TestIdentityProvider.CLIENT_SECRET);
        assertThat(read.json().path("clientSecretSet").asBoolean()).isTrue();
        assertThat(read.json().has("clientSecret")).isFalse();
        String column = jdbc.sql("select client_secret from idn_tenant_sso where tenant_id = ?")
                .param(demo.demoTenant())
                .query(String.class)
                .single();
        assertThat(column).startsWith("v1:").doesNotContain(TestIdentityProvider.CLIENT_SECRET);

        // saving without a secret keeps the stored one, and sign-in still works with it
        Map<String, Object> withoutSecret = demoSettings(true);
        withoutSecret.remove("clientSecret");
        var again = clients.as("admin").put("/api/admin/sso", withoutSecret);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("clientSecretSet").asBoolean()).isTrue();
        Browser browser = new Browser();
        signInAtIdp(browser, "tenant-demo", "", IdpPeople.ENGINEER);
        assertThat(browser.get(app() + "/api/me", "Accept", "application/json").status())
                .isEqualTo(200);
    }

    @Test
    void anIssuerThatCannotBeDiscoveredIsRefusedWithTheReason() {
        Map<String, Object> unreachable = demoSettings(true);
        unreachable.put("issuerUri", "http://127.0.0.1:9");
        Map<String, Object> renamed = demoSettings(true);
        renamed.put("issuerUri", TestIdentityProvider.get().issuer() + "/");

        var refused = clients.as("admin").put("/api/admin/sso", unreachable);
        var mismatch = clients.as("admin").put("/api/admin/sso", renamed);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("issuerUri");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .isEqualTo("Crossflow could not reach http://127.0.0.1:9. Check the issuer URL and that the provider is"
                        + " reachable from the Crossflow server.");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.json().path("errors").get(0).path("message").asText())
                .startsWith("The provider names its issuer '"
                        + TestIdentityProvider.get().issuer() + "'");
    }

    @Test
    void capabilitiesOfCreatedUsersMustFitTheOrganisation() {
        Map<String, Object> managers = demoSettings(true);
        managers.put("jitCapabilities", List.of("MANAGER"));

        var response = clients.as("admin").put("/api/admin/sso", managers);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").toString())
                .contains("\"field\":\"jitCapabilities\"", "Partner users get partner capabilities only.");
    }

    @Test
    void theAdminsTestSignInReportsWhatWouldHappenAndKeepsTheAdminSignedIn() {
        configureDemo(false);
        String email = "tested-" + UUID.randomUUID() + "@jit-demo.example";
        Person tested = IdpPeople.add("sso-tested-" + UUID.randomUUID(), email, "Tested");
        Browser admin = new Browser();
        assertThat(admin.signIn(app(), "admin", TestClients.PASSWORD).status()).isEqualTo(200);

        List<Page> hops = signInAtIdp(admin, "tenant-demo", "?mode=test", tested);

        Page last = hops.get(hops.size() - 1);
        assertThat(last.uri().getPath()).isEqualTo("/sso/test-result");
        assertThat(last.body())
                .contains("Test sign-in worked: a new user would be created")
                .contains(
                        email + " has no account yet: it would be created in Precision Parts Ltd with partner member.");
        var me = admin.get(app() + "/api/me", "Accept", "application/json");
        assertThat(me.body()).contains("\"username\":\"admin\"");
        var settings = clients.as("admin").get("/api/admin/sso").json();
        assertThat(settings.path("lastTest").path("outcome").asText()).isEqualTo("WOULD_CREATE");
        var chinese =
                clients.as("admin").speaking("zh-CN").get("/api/admin/sso").json();
        assertThat(chinese.path("lastTest").path("detail").asText())
                .as("a Chinese admin reads what the test found in Chinese")
                .isEqualTo(email + " 还没有账号：将在“Precision Parts Ltd”中创建，权限为合作伙伴成员。");
        assertThat(jdbc.sql("select count(*) from idn_user where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aDisabledSsoDoesNotStartAndATestNeedsTheTenantsAdmin() {
        configureDemo(false);

        assertThat(clients.anonymous().get("/oauth2/authorization/tenant-demo").status())
                .isEqualTo(404);
        assertThat(clients.as("pm")
                        .get("/oauth2/authorization/tenant-demo?mode=test")
                        .status())
                .isEqualTo(404);
        assertThat(clients.as("admin")
                        .get("/oauth2/authorization/tenant-demo?mode=test")
                        .status())
                .isEqualTo(302);
    }

    @Test
    void theSignInPageLearnsOnlyWhereToGoByDomainOrTenant() {
        configureDemo(true);

        var known = clients.anonymous().get("/api/sso/discover?email=anyone@demo.example");
        var unknown = clients.anonymous().get("/api/sso/discover?email=someone@nowhere.example");
        var byTenant = clients.anonymous().get("/api/sso/discover?tenant=demo");
        var unknownTenant = clients.anonymous().get("/api/sso/discover?tenant=no-such-tenant");

        assertThat(known.body())
                .isEqualTo("{\"name\":\"Demo Manufacturing\",\"loginUrl\":\"/oauth2/authorization/tenant-demo\"}");
        assertThat(byTenant.body()).isEqualTo(known.body());
        assertThat(unknown.body()).isEqualTo("{\"name\":null,\"loginUrl\":null}");
        assertThat(unknownTenant.body()).isEqualTo(unknown.body());
    }

    @Test
    void anInviteeOfTheSsoDomainAcceptsBySigningIn() {
        configureDemo(true);
        String email = "invitee-" + UUID.randomUUID() + "@demo.example";
        var invited = clients.as("admin")
                .post(
                        "/api/admin/invitations",
                        Map.of(
                                "emails",
                                List.of(email),
                                "organisationId",
                                demo.organisation(DemoIds.SUPPLIER_A),
                                "capabilities",
                                List.of("PARTNER_MEMBER")));
        assertThat(invited.status()).isEqualTo(201);
        String token = knownInvitationToken(email);
        var open = clients.anonymous().get("/api/invitations/" + token);
        assertThat(open.json().path("ssoLoginUrl").asText())
                .isEqualTo("/oauth2/authorization/tenant-demo?invitation=" + token);
        Person invitee = IdpPeople.add("sso-invitee-" + UUID.randomUUID(), email, "Invitee");
        Browser browser = new Browser();

        signInAtIdp(browser, "tenant-demo", "?invitation=" + token, invitee);

        var me = browser.get(app() + "/api/me", "Accept", "application/json");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + email + "\"");
        assertThat(clients.anonymous().get("/api/invitations/" + token).status())
                .isEqualTo(410);
    }

    /** The demo tenant's settings: the test IdP, demo.example offered, jit-demo.example created in supplier A. */
    private Map<String, Object> demoSettings(boolean enabled) {
        return settings(
                enabled,
                List.of("demo.example", "jit-demo.example"),
                List.of("jit-demo.example"),
                demo.organisation(DemoIds.SUPPLIER_A),
                List.of("PARTNER_MEMBER"));
    }

    private Api.Response configureDemo(boolean enabled) {
        var response = clients.as("admin").put("/api/admin/sso", demoSettings(enabled));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response;
    }

    private static Map<String, Object> settings(
            boolean enabled, List<String> domains, List<String> jitDomains, UUID jitOrganisation, List<String> caps) {
        Map<String, Object> body = new HashMap<>();
        body.put("enabled", enabled);
        body.put("issuerUri", TestIdentityProvider.get().issuer());
        body.put("clientId", TestIdentityProvider.CLIENT_ID);
        body.put("clientSecret", TestIdentityProvider.CLIENT_SECRET);
        body.put("matchClaim", "email");
        body.put("emailDomains", domains);
        body.put("jitDomains", jitDomains);
        body.put("jitOrganisationId", jitOrganisation);
        body.put("jitCapabilities", caps);
        return body;
    }

    /** A tenant admin of Other Co (the demo seed has none), signed in. */
    private Api otherTenantAdmin() {
        UUID tenant = jdbc.sql("select id from ten_tenant where slug = 'other'")
                .query(UUID.class)
                .single();
        UUID host = jdbc.sql("select id from idn_organisation where tenant_id = ? and kind = 'HOST'")
                .param(tenant)
                .query(UUID.class)
                .single();
        String username = "other-admin-" + UUID.randomUUID();
        users.create(new Users.NewUser(
                tenant,
                host,
                username,
                null,
                "Other admin",
                "other-admin-password-2026",
                "en",
                EnumSet.of(Capability.TENANT_ADMIN),
                false));
        return Api.signIn(clients.baseUrl(), username, "other-admin-password-2026");
    }

    /** Gives the invitation to the address a secret the test knows (the mailed one is not read here). */
    private String knownInvitationToken(String email) {
        String token = "sso-invitation-" + UUID.randomUUID();
        jdbc.sql("update idn_invitation set token_hash = ? where email = ? and accepted_at is null")
                .params(sha256(token), email)
                .update();
        return token;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the tenant's SSO at the app, signs in on the IdP's form and follows the redirects back. */
    private List<Page> signInAtIdp(Browser browser, String registrationId, String query, Person person) {
        List<Page> toIdp = browser.follow(browser.get(app() + "/oauth2/authorization/" + registrationId + query));
        Page form = toIdp.get(toIdp.size() - 1);
        assertThat(form.uri().toString()).as("%s", toIdp).endsWith("/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF field in the IdP's form: %s", form).isTrue();
        Page posted = browser.postForm(
                form.uri().toString(),
                Map.of("username", person.username(), "password", IdpPeople.PASSWORD, "_csrf", csrf.group(1)));
        return browser.follow(posted);
    }

    private String app() {
        return "http://127.0.0.1:" + port;
    }
}
