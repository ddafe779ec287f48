package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.crossflow.notification.internal.OutboxDispatcher;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.Outboxes;
import io.crossflow.testing.TestClients;
import io.crossflow.testing.TestMailServer;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Chinese reader sees the process and task names, the notification (bell and e-mail), the task
 * form and, once completed, what was submitted, all in Chinese; a Chinese designer gets the
 * modeler's palette and properties panel in Chinese. "No English" is checked on the whole text of
 * each place, less what the test itself created (names, codes, the user's own name) and links.
 */
@IntegrationTest
class ReaderLanguageBrowserIT extends BrowserTest {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    // names the seed gave people and organisations, and what the supplier typed (the review's delivery card shows them)
    private static final Pattern ALLOWED =
            Pattern.compile("https?://\\S+|PRJ-\\d+|王经理 \\(Wang Li\\)|Sam Supplier A|Precision Parts Ltd|DOC-4711");

    @Autowired
    TestClients clients;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void aChineseManagerReadsTheNamesTheNotificationAndTheFormInChinese() throws Exception {
        InboxBrowserIT.ReviewSetup setup = InboxBrowserIT.deliveredHandoff(clients, "语言");
        Outboxes.drain(dispatcher);
        String[] created = {setup.projectName(), setup.workItemTitle()};

        // the e-mail, in pm's own language (zh-CN)
        List<String> mails = new ArrayList<>();
        for (MimeMessage m : TestMailServer.get().messagesTo("pm@demo.example")) {
            String text = m.getSubject() + "\n" + m.getContent();
            if (text.contains("/inbox/" + setup.reviewTaskId())) {
                mails.add(text);
            }
        }
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).contains("您有新任务：审核交付", "工作包交接");
        assertThat(english(mails.get(0), created)).as("e-mail: " + mails.get(0)).isEmpty();

        BrowserSession pm = browser("zh-CN", 1440, 900, false).signIn("pm");
        Page page = pm.page();

        // the bell
        page.locator("[data-test=notification-bell]").click();
        Locator notification = page.locator(".el-popover li")
                .filter(new Locator.FilterOptions().setHasText(setup.workItemTitle()))
                .first();
        assertThat(notification).containsText("您有新任务：审核交付");
        assertThat(english(notification.innerText(), created)).as("bell").isEmpty();
        pm.screenshot("bell-zh-CN");
        page.keyboard().press("Escape");

        // the inbox row: task, process and project names
        pm.open("/inbox?q=" + java.net.URLEncoder.encode(setup.projectName(), java.nio.charset.StandardCharsets.UTF_8));
        Locator row = page.locator("[data-test=task-row]");
        assertThat(row).hasCount(1);
        assertThat(row.locator("[data-test=task-title]")).hasText("审核交付");
        assertThat(row.locator("[data-test=task-process]")).hasText("工作包交接");
        assertThat(english(row.innerText(), created)).as("inbox row").isEmpty();
        pm.screenshot("inbox-zh-CN");

        // the task page: names, form, history
        row.click();
        assertThat(page.locator("[data-test=task-name]")).hasText("审核交付");
        Locator form = page.locator("[data-test=task-form]");
        assertThat(form).containsText("审核交付");
        assertThat(page.getByLabel("批准交付")).isVisible();
        assertThat(page.getByLabel("退回返工")).isVisible();
        assertThat(form).containsText("给合作伙伴的意见");
        assertThat(english(page.locator("main").innerText(), created))
                .as("task page")
                .isEmpty();
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("历史"))
                .click();
        assertThat(page.locator("[data-test=task-history]")).containsText("接收工作包");
        assertThat(english(page.locator("[data-test=task-history]").innerText(), created))
                .as("history")
                .isEmpty();
        pm.screenshot("task-zh-CN");

        // a refused completion says what is wrong in Chinese, under the field
        page.locator("[data-test=task-complete]").click();
        assertThat(page.locator("[data-test=task-errors]")).containsText("为必填项");
        assertThat(english(page.locator("[data-test=task-errors]").innerText(), created))
                .isEmpty();
        pm.screenshot("task-refused-zh-CN");

        page.getByLabel("批准交付").check();
        page.locator("[data-test=task-complete]").click();
        assertThat(page).hasURL(Pattern.compile("/inbox"));

        // the completed task shows what was submitted, read-only, in Chinese
        pm.open("/tasks/" + setup.reviewTaskId());
        assertThat(page.locator("[data-test=task-ended]")).hasText("已完成");
        assertThat(page.locator("[data-test=task-completed]")).containsText("王经理");
        assertThat(page.getByLabel("批准交付")).isChecked();
        assertThat(page.getByLabel("批准交付")).isDisabled();
        assertThat(page.locator("[data-test=task-complete]")).hasCount(0);
        assertThat(english(page.locator("main").innerText(), created))
                .as("completed task")
                .isEmpty();
        pm.screenshot("completed-task-zh-CN");

        BrowserSession phone = browser("zh-CN", 390, 844, true).signIn("pm");
        phone.open("/tasks/" + setup.reviewTaskId());
        assertThat(phone.page().getByLabel("批准交付")).isChecked();
        phone.screenshot("completed-task-phone-zh-CN");
    }

    @Test
    void aChineseDesignerGetsThePaletteAndThePropertiesPanelInChinese() {
        BrowserSession designer = browser("zh-CN", 1440, 900, false).signIn("admin");
        Page page = designer.page();
        designer.open("/modeler");
        page.locator("[data-test=process-work-package-handoff]").click();
        Locator task = page.locator("[data-test=bpmn-canvas] g.djs-element[data-element-id=AcceptWorkPackage]");
        assertThat(task).isVisible();

        Locator entries = page.locator(".djs-palette .entry[aria-label]");
        assertThat(entries.first()).isVisible();
        assertThat(page.locator(".djs-palette [data-action='create.task']")).hasAttribute("aria-label", "创建任务");
        assertThat(page.locator(".djs-minimap .toggle")).hasAttribute("title", "打开小地图");
        List<String> untranslated = new ArrayList<>();
        for (Locator entry : entries.all()) {
            String title = entry.getAttribute("aria-label");
            if (!han(title)) {
                untranslated.add(title);
            }
        }
        assertThat(untranslated).as("palette entries in English").isEmpty();

        task.click();
        Locator headers = page.locator("[data-test=properties-panel] .bio-properties-panel-group-header-title");
        assertThat(headers.first()).isVisible();
        assertThat(page.locator("[data-test=properties-panel]")).containsText("常规");
        assertThat(page.locator("[data-test=properties-panel]")).containsText("多语言名称");
        List<String> english = new ArrayList<>();
        for (String header : headers.allInnerTexts()) {
            if (!han(header)) {
                english.add(header);
            }
        }
        assertThat(english).as("properties panel groups in English").isEmpty();
        assertThat(page.locator("[data-test=properties-panel] .bio-properties-panel-header-type"))
                .hasText("用户任务");
        designer.screenshot("modeler-zh-CN");

        BrowserSession phone = browser("zh-CN", 390, 844, true).signIn("admin");
        phone.open("/modeler");
        assertThat(phone.page().locator("h1")).hasText("流程设计");
        phone.screenshot("modeler-phone-zh-CN");
    }

    /** The Latin-alphabet words of the text, less what the test created and links. */
    private static List<String> english(String text, String... created) {
        String rest = ALLOWED.matcher(text).replaceAll(" ");
        for (String c : created) {
            rest = rest.replace(c, " ");
        }
        List<String> words = new ArrayList<>();
        Matcher m = LATIN_WORD.matcher(rest);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static boolean han(String text) {
        return text != null
                && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
