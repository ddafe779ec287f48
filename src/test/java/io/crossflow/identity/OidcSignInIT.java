package io.crossflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.Browser.Page;
import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.idp.IdpPeople;
import io.crossflow.testing.idp.IdpPeople.Person;
import io.crossflow.testing.idp.TestIdentityProvider;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * OIDC single sign-on through the real authorization-code flow against the in-process test IdP
 * (io.crossflow.testing.idp): app, IdP login form, callback, and what the browser ends up with.
 */
@IntegrationTest
class OidcSignInIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Autowired
    TestClients clients;

    @Autowired
    Tenants tenants;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Value("${spring.security.oauth2.client.provider.test-idp.issuer-uri}")
    String issuer;

    @Test
    void signInOptionsListTheConfiguredProviderToAnonymousCallers() {
        var options = clients.anonymous().get("/api/auth/options");

        assertThat(options.status()).isEqualTo(200);
        assertThat(options.json().path("passwordSignIn").asBoolean()).isTrue();
        assertThat(options.json().path("sso").toString())
                .isEqualTo("[{\"registrationId\":\"test-idp\",\"name\":\"Test IdP\","
                        + "\"loginUrl\":\"/oauth2/authorization/test-idp\"}]");
    }

    @Test
    void idpUserWithTheVerifiedEmailOfACrossflowUserIsSignedInAsThatUser() {
        Browser browser = new Browser();

        List<Page> hops = signInAtIdp(browser, IdpPeople.ENGINEER);

        assertThat(hops).anySatisfy(hop -> {
            assertThat(hop.uri().getPath()).isEqualTo("/login/oauth2/code/" + TestIdentityProvider.REGISTRATION_ID);
            assertThat(hop.redirect())
                    .hasValueSatisfying(to -> assertThat(to.toString()).isEqualTo(app() + "/"));
        });
        var me = browser.get(app() + "/api/me", "Accept", "application/json");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"engineer\"", "\"capabilities\":[\"MEMBER\"]");
        // the capabilities are the session's authorities: MEMBER is an internal role
        assertThat(browser.get(app() + "/v3/api-docs", "Accept", "application/json")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void sessionIdChangesAtSingleSignOn() {
        Browser browser = new Browser();
        browser.get(app() + "/oauth2/authorization/" + TestIdentityProvider.REGISTRATION_ID);
        String before = browser.cookie(app(), "JSESSIONID").orElseThrow();

        signInAtIdp(browser, IdpPeople.ENGINEER);

        assertThat(browser.cookie(app(), "JSESSIONID")).get().isNotEqualTo(before);
        assertThat(browser.get(app() + "/api/me", "Accept", "application/json").status())
                .isEqualTo(200);
    }

    @Test
    void unknownIdpUserIsRefusedWithAPageThatSaysWhy() {
        Browser browser = new Browser();

        List<Page> hops = signInAtIdp(browser, IdpPeople.STRANGER);

        Page last = hops.get(hops.size() - 1);
        assertThat(last.uri().toString()).isEqualTo(app() + "/sso/refused");
        assertThat(last.status()).isEqualTo(403);
        assertThat(last.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(last.body())
                .contains("Your single sign-on account (stranger@elsewhere.example) is not registered in"
                        + " Crossflow; ask your administrator to invite you.");
        Page chinese = browser.get(app() + "/sso/refused", "Accept-Language", "zh-CN,zh;q=0.9");
        assertThat(chinese.body())
                .as("a Chinese browser reads the refusal in Chinese")
                .contains("<html lang=\"zh-CN\">", "您的单点登录账号（stranger@elsewhere.example）尚未在协同流中登记")
                .doesNotContain("not registered");
        assertThat(browser.get(app() + "/api/me", "Accept", "application/json").status())
                .isEqualTo(401);
    }

    @Test
    void anUnverifiedEmailMatchesNobody() {
        Browser browser = new Browser();

        List<Page> hops = signInAtIdp(browser, IdpPeople.UNVERIFIED);

        Page last = hops.get(hops.size() - 1);
        assertThat(last.uri().getPath()).isEqualTo("/sso/refused");
        assertThat(last.body()).contains("(pm@demo.example) is not registered");
        assertThat(browser.get(app() + "/api/me", "Accept", "application/json").status())
                .isEqualTo(401);
    }

    @Test
    void subjectMappingSignsInAUserTheIdpGivesNoEmailFor() {
        UUID tenant = tenants.findBySlug("demo").orElseThrow().id();
        UUID host = organisations
                .findByName(tenant, "Demo Manufacturing")
                .orElseThrow()
                .id();
        String username = "mapped-" + UUID.randomUUID();
        UUID id = users.create(new Users.NewUser(
                tenant, host, username, null, "Mapped", null, "en", EnumSet.of(Capability.DESIGNER), false));
        jdbc.sql("update idn_user set oidc_subject = ? where id = ?")
                .params(issuer + "|" + IdpPeople.SUBJECT_ONLY.username(), id)
                .update();
        Browser browser = new Browser();

        signInAtIdp(browser, IdpPeople.SUBJECT_ONLY);

        var me = browser.get(app() + "/api/me", "Accept", "application/json");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + username + "\"");
    }

    /** Starts SSO at the app, signs in on the IdP's form and follows the redirects back. */
    private List<Page> signInAtIdp(Browser browser, Person person) {
        List<Page> toIdp =
                browser.follow(browser.get(app() + "/oauth2/authorization/" + TestIdentityProvider.REGISTRATION_ID));
        Page form = toIdp.get(toIdp.size() - 1);
        assertThat(form.uri().toString()).as("%s", toIdp).isEqualTo(issuer + "/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("CSRF field in the IdP's form").isTrue();
        Page posted = browser.postForm(
                form.uri().toString(),
                Map.of("username", person.username(), "password", IdpPeople.PASSWORD, "_csrf", csrf.group(1)));
        return browser.follow(posted);
    }

    private String app() {
        // a loopback IP, not localhost: the IdP (at localhost) accepts such redirect URIs on any port
        return "http://127.0.0.1:" + port;
    }

    @Test
    void unknownProviderAddressAnswers404NotAServerError() {
        var response = clients.anonymous().get("/oauth2/authorization/no-such-provider");

        assertThat(response.status()).isEqualTo(404);
    }
}
