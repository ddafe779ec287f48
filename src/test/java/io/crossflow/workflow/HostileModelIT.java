package io.crossflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import io.crossflow.workflow.HostileModels.Hostile;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every hostile model posted by a designer through the modeler's validate and deploy API: each is
 * refused naming the offending element, and nothing is deployed.
 */
@IntegrationTest
class HostileModelIT {

    @Autowired
    TestClients clients;

    @Autowired
    RepositoryService repository;

    static Stream<Hostile> hostile() {
        return HostileModels.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void designerCannotValidateOrDeployIt(Hostile model) {
        Api designer = clients.as("admin");
        String key = ProcessModelFixture.freshKey();
        String elementId = model.elementId(key);
        long deployments = repository.createDeploymentQuery().count();

        Api.Response validation = designer.post("/api/process-models/validate", Map.of("bpmnXml", model.xml(key)));
        assertThat(validation.status()).as(validation.toString()).isEqualTo(200);
        assertThat(validation.json().path("errors"))
                .as(validation.toString())
                .anySatisfy(error -> names(error, "elementId", elementId, model));

        Api.Response deploy = designer.post("/api/process-models", Map.of("bpmnXml", model.xml(key)));
        assertThat(deploy.status()).as(deploy.toString()).isEqualTo(400);
        assertThat(deploy.json().path("errors"))
                .as(deploy.toString())
                .anySatisfy(error -> names(error, "field", elementId, model));

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .count())
                .isZero();
    }

    @Test
    void theSameListenerWithABeanDeploys() {
        // the control: the refused listener above deploys once it names an allow-listed bean instead
        String key = ProcessModelFixture.freshKey();
        String xml = ProcessModelFixture.model(key, """
                <bpmn:userTask id="Review" camunda:candidateGroups="project:${projectId}:MANAGER">
                  <bpmn:extensionElements>
                    <camunda:executionListener delegateExpression="${ticketStageListener}" event="start"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """);
        Api.Response deployed = clients.as("admin").post("/api/process-models", Map.of("bpmnXml", xml));
        assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
    }

    @Test
    void refusalsReadInChinese() {
        String key = ProcessModelFixture.freshKey();
        Api.Response deploy = clients.freshSession("admin")
                .speaking("zh-CN")
                .post(
                        "/api/process-models",
                        Map.of("bpmnXml", HostileModels.all().get(0).xml(key)));
        assertThat(deploy.status()).isEqualTo(400);
        assertThat(deploy.json().path("detail").asText()).contains("流程模型");
        assertThat(deploy.json().path("errors").get(0).path("message").asText())
                .contains("camunda:executionListener@class", "Review", "Java 类");
    }

    private static void names(JsonNode error, String idField, String elementId, Hostile model) {
        assertThat(error.path(idField).asText()).isEqualTo(elementId);
        assertThat(error.path("message").asText()).contains(model.named(), elementId);
    }
}
