package io.crossflow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.notification.NotificationProperties;
import io.crossflow.notification.NotificationTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {

    private static final List<String> BUNDLES =
            List.of("notification/messages.properties", "notification/messages_zh_CN.properties");

    @Test
    void aTaskIsNamedInTheRecipientsLanguage() {
        Map<String, String> params = Map.of(
                "task", "Triage issue",
                "task@zh-CN", "分诊问题",
                "task@en", "Triage issue",
                "process", "Issue escalation",
                "process@zh-CN", "问题升级",
                "project", "Gearbox");
        MessageTemplates.Rendered chinese = MessageTemplates.render(NotificationTypes.TASK_OFFERED, params, "zh-CN");
        assertThat(chinese.subject()).isEqualTo("您有新任务：分诊问题");
        assertThat(chinese.body()).contains("分诊问题").contains("问题升级").doesNotContain("Triage");
        MessageTemplates.Rendered english = MessageTemplates.render(NotificationTypes.TASK_OFFERED, params, "en");
        assertThat(english.subject()).isEqualTo("New task for you: Triage issue");
        assertThat(english.body()).contains("(Issue escalation)");
        assertThat(MessageTemplates.render(NotificationTypes.TASK_OFFERED, Map.of("task", "Triage issue"), "zh-CN")
                        .subject())
                .as("a model without Chinese names still names the task")
                .isEqualTo("您有新任务：Triage issue");
    }

    @Test
    void everyTypeHasSubjectAndBodyInEveryLanguage() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            List<String> missing = new ArrayList<>();
            for (String type : NotificationTypes.ALL) {
                for (String part : List.of(".subject", ".body")) {
                    if (!messages.containsKey(type + part)) {
                        missing.add(type + part);
                    }
                }
            }
            assertThat(missing).as("keys missing from " + bundle).isEmpty();
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load(BUNDLES.get(0)).stringPropertyNames());
        Set<String> chinese = new TreeSet<>(load(BUNDLES.get(1)).stringPropertyNames());
        assertThat(chinese).as("zh-CN keys").isEqualTo(english);
    }

    @Test
    void rendersInTheRecipientsLanguage() {
        Map<String, String> params = Map.of("task", "Accept work package", "process", "Hand-off", "project", "Gearbox");
        assertThat(MessageTemplates.render(NotificationTypes.TASK_OFFERED, params, "en")
                        .subject())
                .isEqualTo("New task for you: Accept work package");
        MessageTemplates.Rendered chinese = MessageTemplates.render(NotificationTypes.TASK_OFFERED, params, "zh-CN");
        assertThat(chinese.subject()).isEqualTo("您有新任务：Accept work package");
        assertThat(chinese.body()).contains("项目“Gearbox”");
    }

    @Test
    void aTaskOfABusinessObjectNamesTheObjectAndItsProject() {
        Map<String, String> params =
                Map.of("task", "接收工作包", "process", "工作包交接", "project", "齿轮箱产线", "object", "齿轮箱壳体铸造", "ref", "P-1024");
        assertThat(MessageTemplates.render(NotificationTypes.TASK_OFFERED, params, "zh-CN")
                        .subject())
                .isEqualTo("您有新任务：接收工作包 — 齿轮箱壳体铸造（P-1024）");
        assertThat(MessageTemplates.render(NotificationTypes.TASK_OFFERED, params, "en")
                        .subject())
                .isEqualTo("New task for you: 接收工作包 — 齿轮箱壳体铸造 (P-1024)");
        assertThat(MessageTemplates.render(NotificationTypes.TASK_ASSIGNED, params, "zh-CN")
                        .body())
                .contains("齿轮箱壳体铸造");
    }

    @Test
    void anUnknownTypeFallsBackToItsTitleAndText() {
        MessageTemplates.Rendered rendered =
                MessageTemplates.render("RULE_FIRED", Map.of("title", "Budget exceeded", "text", "By 12%"), "zh-CN");
        assertThat(rendered.subject()).isEqualTo("Budget exceeded");
        assertThat(rendered.body()).isEqualTo("By 12%");
    }

    @Test
    void retriesBackOffExponentiallyUpToTheCap() {
        NotificationProperties settings = new NotificationProperties(
                Duration.ofSeconds(5), 10, 8, Duration.ofSeconds(30), Duration.ofMinutes(5), "x", "y", Duration.ZERO);
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationTemplatesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
