package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.inbox;
import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process and task names in the reader's language (docs/modeler.md, "Names per language"): the
 * request's language, else the user's own; the inbox, the task page, its history and its diagram.
 */
@IntegrationTest
class ReaderLanguageIT {

    @Autowired
    TestClients clients;

    @Test
    void aChineseReaderSeesTheProcessAndEveryStepInChineseAnEnglishOneInEnglish() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String item = fixture.handedOffToSupplierA(HandoffFixture.unique("Welded frames"));
        Api supplierA = clients.as("supplier-a");
        Api supplierInChinese = supplierA.speaking("zh-CN");

        String accept = onlyTask(supplierInChinese, item, "接收工作包");
        JsonNode listed = inbox(supplierInChinese, item).path("items").get(0);
        assertThat(listed.path("processName").asText()).isEqualTo("工作包交接");
        assertThat(onlyTask(supplierA.speaking("en"), item, "Accept work package"))
                .isEqualTo(accept);
        assertThat(inbox(supplierA.speaking("en"), item)
                        .path("items")
                        .get(0)
                        .path("processName")
                        .asText())
                .isEqualTo("Work package hand-off");
        assertThat(supplierInChinese
                        .get("/api/tasks/" + accept)
                        .json()
                        .path("task")
                        .path("name")
                        .asText())
                .isEqualTo("接收工作包");

        assertThat(supplierA
                        .post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        // pm's own language is zh-CN: without a request language it reads Chinese
        Api pm = clients.as("pm");
        String deliver = onlyTask(supplierA, item, "Deliver work package");
        List<String> steps = new ArrayList<>();
        supplierInChinese
                .get("/api/tasks/" + deliver + "/history")
                .json()
                .forEach(s -> steps.add(s.path("name").asText()));
        assertThat(steps).contains("已发出工作包", "接收工作包", "是否接收？", "记录接收");

        JsonNode diagram =
                supplierInChinese.get("/api/tasks/" + deliver + "/diagram").json();
        assertThat(diagram.path("names").path("DeliverWorkPackage").asText()).isEqualTo("交付工作包");
        assertThat(diagram.path("names").path("work-package-handoff").asText()).isEqualTo("工作包交接");
        assertThat(supplierA
                        .speaking("en")
                        .get("/api/tasks/" + deliver + "/diagram")
                        .json()
                        .path("names")
                        .path("DeliverWorkPackage")
                        .asText())
                .isEqualTo("Deliver work package");

        assertThat(supplierA
                        .post("/api/tasks/" + deliver + "/complete", Map.of("deliverableReference", "DOC-1"))
                        .status())
                .isEqualTo(204);
        onlyTask(pm, item, "审核交付");
        onlyTask(pm.speaking("en"), item, "Review delivery");
    }
}
