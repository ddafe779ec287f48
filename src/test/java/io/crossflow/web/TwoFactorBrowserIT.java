package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.microsoft.playwright.Page;
import io.crossflow.identity.Capability;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.Users;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.MovableClock;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two-factor sign-in as people meet it: an engineer turns it on in its user menu (QR code, first
 * code, recovery codes) and then signs in with a code; a tenant admin makes it mandatory for
 * partners, and a partner is led through the enrolment right after its password, on a phone.
 */
@IntegrationTest
class TwoFactorBrowserIT extends BrowserTest {

    private static final String PASSWORD = "granite-harbour-19-lamp";

    @Autowired
    Tenants tenants;

    @Autowired
    Organisations organisations;

    @Autowired
    Users users;

    @Autowired
    MovableClock clock;

    String admin;
    String engineer;
    String partner;

    @BeforeEach
    void aTenantOfItsOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.create("totp-web-" + suffix, "Huadong " + suffix);
        Organisation host = organisations.create(tenant.id(), "协同制造 " + suffix, OrganisationKind.HOST);
        Organisation supplier = organisations.create(tenant.id(), "华东精密铸造 " + suffix, OrganisationKind.PARTNER);
        admin = user(tenant, host, "admin-" + suffix, "管理员", Capability.TENANT_ADMIN);
        engineer = user(tenant, host, "engineer-" + suffix, "Erik Engineer", Capability.MEMBER);
        partner = user(tenant, supplier, "li.wei-" + suffix, "李伟", Capability.PARTNER_MEMBER);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void anEngineerTurnsOnTwoFactorInItsMenuAndThenSignsInWithACode() {
        BrowserSession session = signedIn(browser(), engineer);
        Page page = session.page();
        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=account-security-open]").click();
        assertThat(page.locator("[data-test=totp-state]")).hasText("Off");
        page.locator("[data-test=totp-start]").click();
        assertThat(page.locator("[data-test=totp-qr]")).isVisible();
        session.screenshot("enrol-scan-the-qr-code");
        String secret = secret(page);
        page.locator("[data-test=totp-code]").fill(wrong(code(secret)));
        page.locator("[data-test=totp-confirm]").click();
        assertThat(page.getByText("This code is not right, or it has been used already."))
                .isVisible();
        long enrolledAt = step();
        page.locator("[data-test=totp-code]").fill(code(secret, enrolledAt));
        page.locator("[data-test=totp-confirm]").click();
        assertThat(page.locator("[data-test=recovery-codes] li")).hasCount(10);
        assertThat(page.locator("[data-test=totp-state]")).hasText("On");
        session.screenshot("recovery-codes-shown-once");
        page.keyboard().press("Escape");

        BrowserSession again = browser().open("/login");
        Page second = again.page();
        second.locator("input[name=username]").fill(engineer);
        second.locator("input[name=password]").fill(PASSWORD);
        second.locator("[data-test=login-submit]").click();
        assertThat(second.locator("[data-test=second-step]")).isVisible();
        again.screenshot("second-step-asks-for-the-code");
        second.locator("[data-test=second-step-code]").fill(code(secret, enrolledAt));
        second.locator("[data-test=second-step-submit]").click();
        // the code the enrolment used works once
        assertThat(second.getByText("This code is not right, or it has been used already."))
                .isVisible();
        clock.advance(Duration.ofSeconds(30));
        second.locator("[data-test=second-step-code]").fill(code(secret));
        second.locator("[data-test=second-step-submit]").click();
        assertThat(second).hasURL(Pattern.compile("/inbox"));
        assertThat(second.locator("[data-test=user-menu]")).containsText("Erik Engineer");
    }

    @Test
    void aPartnerMustEnrolRightAfterItsPasswordOnceTheAdminRequiresIt() {
        BrowserSession adminSession = signedIn(browser("zh-CN", 1280, 800, false), admin);
        Page adminPage = adminSession.page();
        adminPage.navigate("/admin?tab=security");
        assertThat(adminPage.locator("[data-test=sign-in-policy]")).containsText("外部组织必须使用两步验证登录");
        adminPage.locator("[data-test=totp-required]").click();
        assertThat(adminPage.getByText("登录策略已保存。")).isVisible();
        assertThat(adminPage.locator("[data-test=totp-required]")).hasClass(Pattern.compile("is-checked"));
        adminSession.screenshot("admin-requires-two-factor-for-partners");

        BrowserSession phone = browser("zh-CN", BrowserSession.PHONE[0], BrowserSession.PHONE[1], true)
                .open("/login");
        Page page = phone.page();
        page.locator("input[name=username]").fill(partner);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("[data-test=login-submit]").click();
        assertThat(page.locator("[data-test=totp-enrolment]")).isVisible();
        assertThat(page.getByText("设置两步验证登录")).isVisible();
        phone.screenshot("partner-led-to-enrol");
        page.navigate("/portal");
        assertThat(page).hasURL(Pattern.compile("/login"));
        // nothing else opens before the enrolment
        assertThat(page.locator("input[name=username]")).isVisible();

        page.locator("input[name=username]").fill(partner);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("[data-test=login-submit]").click();
        String secret = secret(page);
        page.locator("[data-test=totp-code]").fill(code(secret));
        page.locator("[data-test=totp-confirm]").click();
        assertThat(page.locator("[data-test=recovery-codes] li")).hasCount(10);
        phone.screenshot("partner-recovery-codes");
        page.locator("[data-test=recovery-continue]").click();
        assertThat(page).hasURL(Pattern.compile("/portal"));

        BrowserSession desktop = browser("en", 1280, 800, false).open("/login");
        Page english = desktop.page();
        english.locator("input[name=username]").fill(partner);
        english.locator("input[name=password]").fill(PASSWORD);
        english.locator("[data-test=login-submit]").click();
        assertThat(english.locator("[data-test=second-step]")).isVisible();
        desktop.screenshot("second-step-en");
    }

    private BrowserSession signedIn(BrowserSession session, String username) {
        Page page = session.open("/login").page();
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("[data-test=login-submit]").click();
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
        return session;
    }

    private static String secret(Page page) {
        assertThat(page.locator("[data-test=totp-secret]")).isVisible();
        return page.locator("[data-test=totp-secret]")
                .textContent()
                .replace(" ", "")
                .trim();
    }

    private String user(Tenant tenant, Organisation organisation, String username, String name, Capability capability) {
        users.create(new Users.NewUser(
                tenant.id(),
                organisation.id(),
                username,
                username + "@totp.example",
                name,
                PASSWORD,
                capability == Capability.PARTNER_MEMBER || capability == Capability.TENANT_ADMIN ? "zh-CN" : "en",
                Set.of(capability),
                false));
        return username;
    }

    private long step() {
        return Math.floorDiv(clock.instant().getEpochSecond(), 30);
    }

    /** What the authenticator app shows now, by the server's clock. */
    private String code(String secret) {
        return code(secret, step());
    }

    private String code(String secret, long step) {
        try {
            int value = new HmacOneTimePasswordGenerator(6)
                    .generateOneTimePassword(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), step);
            return String.format("%06d", value);
        } catch (InvalidKeyException e) {
            throw new AssertionError(e);
        }
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 500_000) % 1_000_000);
    }
}
