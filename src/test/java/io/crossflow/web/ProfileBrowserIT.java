package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The profile page from the user menu, as every persona, at 1440×900 and 390×844, in zh-CN and en:
 * a partner changes its time zone and sees its due date in it, makes an API token, sees its secret
 * once, and revokes it; staff and customers find the same page; the admin's tenant time zone.
 * Fails on any console error and any failed request of the signed-in app.
 */
@IntegrationTest
class ProfileBrowserIT extends BrowserTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String PASSWORD = "profile-browser-password-2026";

    @Autowired
    TestClients clients;

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void aPartnerSeesItsDueDateInItsTimeZoneAndMakesAndRevokesAToken(String language, int width, int height) {
        boolean chinese = language.equals("zh-CN");
        String organisation = freshPartnerOrganisation();
        String username = freshUser(organisation, "PARTNER_MEMBER");
        LocalDate dueDay = LocalDate.now(SHANGHAI).plusDays(10);
        String task = deliverTaskDueOn(organisation, username, dueDay);
        Instant due = dueDay.plusDays(1).atStartOfDay(SHANGHAI).toInstant();

        BrowserSession session = browser(language, width, height, width < 500);
        Page page = signedIn(session, username);
        List<String> problems = watch(page);
        assertThat(page).hasURL(Pattern.compile("/portal$"));
        Locator dueText = page.locator("[data-task-id='" + task + "'] [data-test=task-due]");
        // in the tenant's zone a due day reads as that day, without a time
        assertThat(dueText).hasText(Pattern.compile("^\\s*" + dayPattern(dueDay, chinese) + "\\s*$"));
        session.screenshot(language + "-" + width + "-portal-due-in-shanghai");

        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=profile-open]").click();
        assertThat(page).hasURL(Pattern.compile("/profile$"));
        assertThat(page.locator("[data-test=profile-time-zone-now]")).containsText("Asia/Shanghai");
        session.screenshot(language + "-" + width + "-profile");

        page.locator("[data-test=profile-time-zone]").click();
        page.keyboard().type("Berlin");
        page.locator(".el-select-dropdown__item:visible", new Page.LocatorOptions().setHasText("Europe/Berlin ("))
                .first()
                .click();
        page.locator("[data-test=profile-save]").click();
        assertThat(page.getByText(chinese ? "个人资料已保存。" : "Your profile is saved."))
                .isVisible();
        assertThat(page.locator("[data-test=profile-time-zone-now]")).containsText("Europe/Berlin");
        session.screenshot(language + "-" + width + "-profile-berlin");

        page.navigate("/portal");
        // the same moment, in Berlin: the end of the day in Shanghai is the afternoon there
        ZonedDateTime inBerlin = due.atZone(BERLIN);
        assertThat(dueText)
                .hasText(Pattern.compile(dayPattern(inBerlin.toLocalDate(), chinese) + ".*"
                        + (chinese
                                ? String.format("%02d:00", inBerlin.getHour())
                                : String.format("%02d:00 PM", inBerlin.getHour() - 12))));
        session.screenshot(language + "-" + width + "-portal-due-in-berlin");

        page.navigate("/profile");
        assertThat(page.locator("[data-test=profile-no-tokens]")).isVisible();
        page.locator("[data-test=profile-token-create]").click();
        page.locator("[data-test=profile-token-name-input]").fill("Weekly export");
        page.locator("[data-test=profile-token-save]").click();
        Locator secretField = page.locator("input[data-test=profile-token-secret]");
        assertThat(secretField).hasValue(Pattern.compile("^cft_.{20,}"));
        String secret = secretField.inputValue();
        session.screenshot(language + "-" + width + "-token-secret-once");
        assertThat(clients.withToken(secret).get("/api/me").status())
                .as("the secret works")
                .isEqualTo(200);
        page.locator("[data-test=profile-token-secret-done]").click();
        Locator token = page.locator("[data-test=profile-token][data-token-name='Weekly export']");
        assertThat(token).isVisible();
        page.reload();
        assertThat(token).isVisible();
        assertThat(page.locator("body")).not().containsText(secret);
        assertThat(session.apiBodies(url -> true).stream().filter(body -> body.contains(secret)))
                .as("the secret reached the browser once: in the answer that made the token")
                .hasSize(1);

        token.locator("[data-test=profile-token-revoke]").click();
        page.locator(".el-message-box .el-button--primary").click();
        assertThat(token.locator("[data-test=profile-token-revoked]")).isVisible();
        session.screenshot(language + "-" + width + "-token-revoked");
        assertThat(clients.withToken(secret).get("/api/me").status())
                .as("a revoked token opens nothing")
                .isEqualTo(401);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1} at {2}x{3}")
    @CsvSource({
        "engineer, zh-CN, 1440, 900",
        "engineer, en, 390, 844",
        "customer, en, 1440, 900",
        "customer, zh-CN, 390, 844",
        "supplier-a, zh-CN, 1440, 900"
    })
    void everyPersonaFindsItsProfileInTheUserMenu(String persona, String language, int width, int height) {
        BrowserSession session = browser(language, width, height, width < 500).signIn(persona);
        Page page = session.page();
        List<String> problems = watch(page);
        page.locator("[data-test=user-menu]").click();
        page.locator("[data-test=profile-open]").click();
        assertThat(page).hasURL(Pattern.compile("/profile$"));
        boolean chinese = language.equals("zh-CN");
        assertThat(page.locator("h1")).hasText(chinese ? "个人资料与设置" : "Profile and settings");
        assertThat(page.locator("[data-test=profile-personal]")).isVisible();
        assertThat(page.locator("[data-test=profile-sign-in]")).isVisible();
        assertThat(page.locator("[data-test=profile-tokens]")).containsText(chinese ? "API 令牌" : "API tokens");
        assertThat(page.locator("[data-test=profile-time-zone-now]")).containsText("Asia/Shanghai");
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing wider than the screen")
                .isTrue();
        session.screenshot(persona + "-" + language + "-" + width + "-profile");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"zh-CN, 1440, 900", "en, 390, 844"})
    void theAdminSeesTheTenantsTimeZone(String language, int width, int height) {
        BrowserSession session = browser(language, width, height, width < 500).signIn("admin");
        Page page = session.page();
        List<String> problems = watch(page);
        page.navigate("/admin?tab=tenant");
        assertThat(page.locator("[data-test=tenant-settings]"))
                .containsText(language.equals("zh-CN") ? "时区" : "Time zone");
        assertThat(page.locator("[data-test=tenant-time-zone]")).containsText("Asia/Shanghai (UTC+08:00)");
        session.screenshot(language + "-" + width + "-tenant-time-zone");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"en, 1440, 900", "zh-CN, 390, 844"})
    void aPartnerTurnsOffTaskMailsInItsProfileAndTheChoiceStays(String language, int width, int height) {
        boolean chinese = language.equals("zh-CN");
        String organisation = freshPartnerOrganisation();
        String username = freshUser(organisation, "PARTNER_MEMBER");
        BrowserSession session = browser(language, width, height, width < 500);
        Page page = signedIn(session, username);
        List<String> problems = watch(page);
        page.navigate("/profile");
        Locator card = page.locator("[data-test=profile-notifications]");
        assertThat(card).containsText(chinese ? "邮件发送至 " + username : "E-mails go to " + username);
        Locator tasks = card.locator("[data-test=profile-notification-row][data-category=TASKS]");
        assertThat(tasks).containsText(chinese ? "您的任务" : "Tasks for you");
        Locator email = tasks.locator("[data-test=profile-notification-EMAIL]");
        assertThat(email).hasClass(Pattern.compile("is-checked"));
        // the list in the app cannot be turned off
        assertThat(tasks.locator("[data-test=profile-notification-IN_APP]")).hasClass(Pattern.compile("is-disabled"));
        session.screenshot(language + "-" + width + "-notification-preferences");

        email.click();
        assertThat(page.getByText(chinese ? "已保存您的选择。" : "Your choice is saved."))
                .isVisible();
        assertThat(email).not().hasClass(Pattern.compile("is-checked"));
        page.reload();
        assertThat(email).not().hasClass(Pattern.compile("is-checked"));
        assertThat(card.locator("[data-test=profile-notification-row][data-category=ESCALATIONS]"
                        + " [data-test=profile-notification-EMAIL]"))
                .hasClass(Pattern.compile("is-checked"));
        assertThat((Boolean) page.evaluate(
                        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing wider than the screen")
                .isTrue();
        session.screenshot(language + "-" + width + "-notification-preferences-saved");
        assertThat(problems).isEmpty();
    }

    /**
     * Console errors and failed requests from now on, as "what: detail". A request that got an
     * answer is judged by its status; "failed" is one that got none (Chromium also reports an
     * answered 204 whose empty body nobody read as aborted: that is no failure).
     */
    private static List<String> watch(Page page) {
        List<String> problems = new ArrayList<>();
        java.util.Set<com.microsoft.playwright.Request> answered = new java.util.HashSet<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add("console: " + message.text());
            }
        });
        page.onResponse(response -> {
            answered.add(response.request());
            if (response.status() >= 400) {
                problems.add("request: " + response.status() + " " + response.url());
            }
        });
        page.onRequestFailed(request -> {
            if (!answered.contains(request) && !request.url().contains("/api/notifications/stream")) {
                problems.add("failed: " + request.url() + " " + request.failure());
            }
        });
        return problems;
    }

    /** How the day reads ("Dec 18, 2026", "2026年12月18日"), as a regex. */
    private static String dayPattern(LocalDate day, boolean chinese) {
        return chinese
                ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH) + " "
                        + day.getDayOfMonth() + ", " + day.getYear();
    }

    private Page signedIn(BrowserSession session, String username) {
        Page page = session.open("/login").page();
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("[data-test=login-submit]").click();
        assertThat(page.locator("[data-test=user-menu]")).isVisible();
        return page;
    }

    private String freshPartnerOrganisation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Response organisation = clients.as("admin")
                .post("/api/admin/organisations", Map.of("name", "Profile Works " + suffix, "kind", "PARTNER"));
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
        return organisation.json().path("id").asText();
    }

    private String freshUser(String organisationId, String capability) {
        String username = "profile-web-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response user = clients.as("admin")
                .post(
                        "/api/admin/users",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Pia Profile",
                                "email",
                                username + "@profile.example",
                                "organisationId",
                                organisationId,
                                "capabilities",
                                List.of(capability),
                                "password",
                                PASSWORD));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        return username;
    }

    /** A hand-off to the organisation, accepted by the user: its deliver task, due at the end of the day in Shanghai. */
    private String deliverTaskDueOn(String organisationId, String username, LocalDate dueDay) {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("Profile"));
        Api.Response joined = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/participants",
                        Map.of("organisationId", organisationId, "role", "SUPPLIER"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        String item = fixture.workItem(project, organisationId, HandoffFixture.unique("Bearings"), dueDay);
        fixture.handoff("pm", item, dueDay);
        Api partner = Api.signIn(clients.baseUrl(), username, PASSWORD);
        String accept = HandoffFixture.onlyTask(partner, item, "Accept work package");
        assertThat(partner.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        return HandoffFixture.onlyTask(partner, item, "Deliver work package");
    }
}
