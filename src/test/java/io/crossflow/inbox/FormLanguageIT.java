package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forms in the reader's language (forms/README.md, "Both languages"): the server answers a task's
 * and a start form's texts in the language the request asks for, and its validation messages name
 * the options as the reader sees them.
 */
@IntegrationTest
class FormLanguageIT {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    @Autowired
    TestClients clients;

    @Test
    void aChineseReaderGetsTheTaskFormInChineseAndAnEnglishOneInEnglish() {
        String item = new HandoffFixture(clients).handedOffToSupplierA(HandoffFixture.unique("Form flanges"));
        Api supplier = clients.as("supplier-a");
        String accept = onlyTask(supplier, item, "Accept work package");

        JsonNode zh =
                supplier.speaking("zh-CN").get("/api/tasks/" + accept).json().path("form");
        assertThat(zh.at("/components/0/text").asText()).startsWith("### 接收工作包");
        JsonNode decision = zh.at("/components/1");
        assertThat(decision.path("label").asText()).isEqualTo("您的决定");
        assertThat(decision.findValuesAsText("label")).containsExactly("您的决定", "接收工作包", "拒绝");
        assertThat(zh.at("/components/2/description").asText()).isEqualTo("帮助项目团队另寻办法完成这项工作。");
        assertThat(decision.at("/values/0/value").asText())
                .as("stored values do not change")
                .isEqualTo("accept");

        JsonNode en = supplier.speaking("en").get("/api/tasks/" + accept).json().path("form");
        assertThat(en.at("/components/1/label").asText()).isEqualTo("Your decision");
        assertThat(en.at("/components/1/values/1/label").asText()).isEqualTo("Decline");
    }

    @Test
    void aRefusedCompletionNamesTheOptionsInTheReadersLanguageAndChangesNothing() {
        String item = new HandoffFixture(clients).handedOffToSupplierA(HandoffFixture.unique("Form bolts"));
        Api supplier = clients.as("supplier-a");
        String accept = onlyTask(supplier, item, "Accept work package");

        Api.Response refused =
                supplier.speaking("zh-CN").post("/api/tasks/" + accept + "/complete", Map.of("decision", "maybe"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("decision");
        assertThat(error.path("message").asText()).isEqualTo("必须是以下之一：接收工作包, 拒绝");
        assertThat(refused.json().path("detail").asText()).doesNotContainPattern(LATIN_WORD);

        Api.Response english = supplier.speaking("en").post("/api/tasks/" + accept + "/complete", Map.of());
        assertThat(english.json().path("errors").get(0).path("message").asText())
                .isEqualTo("is required");
        assertThat(onlyTask(supplier, item, "Accept work package"))
                .as("the task is still open")
                .isEqualTo(accept);
    }

    @Test
    void theStartFormIsInTheReadersLanguage() {
        Api engineer = clients.as("engineer");
        JsonNode zh = engineer.speaking("zh-CN")
                .get("/api/processes/approval/start-form")
                .json()
                .path("startForm");
        assertThat(zh.findValuesAsText("label")).containsExactly("审批事项", "类型", "采购", "变更", "预算", "金额");
        assertThat(zh.at("/components/0/text").asText()).startsWith("### 发起审批");
        JsonNode en = engineer.speaking("en")
                .get("/api/processes/approval/start-form")
                .json()
                .path("startForm");
        assertThat(en.at("/components/1/label").asText()).isEqualTo("What is to be approved");
    }
}
