package io.crossflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.testing.Api;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Validation is deployment (docs/modeler.md): over every shipped model, the 21 reference models of
 * the BPMN Model Interchange Working Group (test resources {@code miwg/}, with their licence) and
 * mutations of each, validate's verdict and deploy's agree. A model validate accepts deploys; one
 * it refuses is refused by deploy with problems that name elements; never a 500.
 */
@IntegrationTest
class ValidationIsDeploymentIT {

    private static final Pattern PROCESS_ID = Pattern.compile("(<(?:\\w+:)?process\\b[^>]*?\\bid=\")([^\"]+)(\")");

    /** The generated mutations: what a designer's slip or a hostile edit does to a model. */
    private static final Map<String, UnaryOperator<String>> MUTATIONS = new LinkedHashMap<>();

    static {
        MUTATIONS.put("as is", xml -> xml);
        MUTATIONS.put(
                "a flow removed",
                xml -> xml.replaceFirst("(?s)<(\\w+:)?sequenceFlow\\b[^>]*?(/>|>.*?</(\\w+:)?sequenceFlow>)", ""));
        MUTATIONS.put(
                "a reference renamed", xml -> xml.replaceFirst("targetRef=\"([^\"]+)\"", "targetRef=\"$1_gone\""));
        MUTATIONS.put(
                "a boundary event moved away",
                xml -> xml.replaceFirst("attachedToRef=\"([^\"]+)\"", "attachedToRef=\"$1_gone\""));
        MUTATIONS.put(
                "a script condition",
                xml -> xml.replaceFirst(
                        "<(\\w+:)?conditionExpression\\b", "<$1conditionExpression language=\"groovy\""));
        MUTATIONS.put("no history time to live", xml -> xml.replaceAll(" camunda:historyTimeToLive=\"[^\"]*\"", ""));
        MUTATIONS.put("a user task for nobody", xml -> xml.replaceFirst(" camunda:candidateGroups=\"[^\"]*\"", ""));
        MUTATIONS.put("a broken expression", xml -> xml.replaceFirst("\\$\\{", "\\${(("));
        MUTATIONS.put(
                "an empty timer",
                xml -> xml.replaceFirst(
                        "(?s)<(\\w+:)?(timeDuration|timeDate|timeCycle)\\b[^>]*>.*?</(\\w+:)?(timeDuration|timeDate|timeCycle)>",
                        ""));
        MUTATIONS.put(
                "an external task",
                xml -> xml.replaceFirst(
                        "camunda:delegateExpression=\"[^\"]*\"", "camunda:type=\"external\" camunda:topic=\"nobody\""));
    }

    @Autowired
    TestClients clients;

    @Autowired
    ObjectMapper json;

    @TestFactory
    List<DynamicTest> validateAcceptsExactlyWhatDeployAccepts() throws IOException {
        List<Map<String, Object>> forms = shippedForms();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> model : models().entrySet()) {
            for (Map.Entry<String, UnaryOperator<String>> mutation : MUTATIONS.entrySet()) {
                String mutated = mutation.getValue().apply(model.getValue());
                boolean reference = !model.getKey().matches("[a-z-]+\\.bpmn");
                if (reference
                        && !List.of("as is", "a flow removed", "a reference renamed")
                                .contains(mutation.getKey())) {
                    continue; // the reference models are foreign: three variants each keep the run short
                }
                if (!mutation.getKey().equals("as is") && mutated.equals(model.getValue())) {
                    continue; // the mutation finds nothing to change in this model
                }
                tests.add(DynamicTest.dynamicTest(
                        model.getKey() + ", " + mutation.getKey(), () -> agree(withFreshIds(mutated), forms)));
            }
        }
        return tests;
    }

    private void agree(String xml, List<Map<String, Object>> forms) {
        Api designer = clients.as("admin");
        Map<String, Object> body = Map.of("bpmnXml", xml, "forms", forms);
        Api.Response validated = designer.post("/api/process-models/validate", body);
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);
        JsonNode errors = validated.json().path("errors");
        Api.Response deployed = designer.post("/api/process-models", body);
        if (errors.isEmpty()) {
            assertThat(deployed.status())
                    .as("validate accepted the model, deploy answered %s", deployed)
                    .isEqualTo(201);
        } else {
            assertThat(deployed.status()).as(deployed.toString()).isEqualTo(400);
            assertThat(deployed.json().path("errors")).hasSameSizeAs(errors);
            for (JsonNode error : errors) {
                assertThat(error.path("message").asText()).doesNotContain("ENGINE-", "Exception");
                if (!error.path("elementId").isTextual()) {
                    // only what concerns the whole model (its XML, its forms) points at no element
                    assertThat(error.path("message").asText())
                            .as(error.toString())
                            .containsAnyOf("The model:", "The form", "Form ", "The BPMN XML", "The XML", "A model");
                }
            }
        }
    }

    /** Fresh process ids, so each run deploys new processes instead of new versions of shared ones. */
    private static String withFreshIds(String xml) {
        Matcher m = PROCESS_ID.matcher(xml);
        String result = xml;
        while (m.find()) {
            String fresh = "vd-" + UUID.randomUUID().toString().substring(0, 8);
            result = result.replace("\"" + m.group(2) + "\"", "\"" + fresh + "\"");
        }
        return result;
    }

    private static Map<String, String> models() throws IOException {
        Map<String, String> models = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : List.of("classpath*:processes/*.bpmn", "classpath*:miwg/*.bpmn")) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    models.put(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(models.keySet().stream().filter(n -> n.matches("[ABC]\\.\\d\\.\\d\\.bpmn")))
                .hasSize(21);
        return models;
    }

    private List<Map<String, Object>> shippedForms() throws IOException {
        List<Map<String, Object>> forms = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                String id = resource.getFilename().replace(".form", "");
                forms.add(Map.of("id", id, "schema", json.readTree(in)));
            }
        }
        return forms;
    }
}
