package io.crossflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bad input answered as a person would expect (issue 9, item 6): invisible and text-direction
 * characters in typed names are refused everywhere names enter, bodies over the size limit get a
 * size message, and list filters naming a project the caller does not see answer 404. Uploaded
 * file names are in DocumentSafetyIT, every list filter by role in the access matrix.
 */
@IntegrationTest
class BadInputIT {

    /** Displays as "invoiceexe.jpg". */
    private static final String RIGHT_TO_LEFT = "invoice\u202Egpj.exe";

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTitleWithARightToLeftOverrideIsRefusedWhereverANameEnters() {
        Api pm = clients.as("pm");
        UUID project = demo.demoProject();
        long workItems =
                jdbc.sql("select count(*) from prj_work_item").query(Long.class).single();
        Map<String, Map.Entry<String, Object>> requests = Map.of(
                "/api/projects",
                Map.entry("name", Map.of("name", RIGHT_TO_LEFT)),
                "/api/projects/" + project + "/work-items",
                Map.entry("title", Map.of("title", RIGHT_TO_LEFT)),
                "/api/projects/" + project + "/tickets",
                Map.entry("title", Map.of("type", "COMPLAINT", "title", RIGHT_TO_LEFT)),
                "/api/projects/" + project + "/pages",
                Map.entry("title", Map.of("title", RIGHT_TO_LEFT, "content", "<p>x</p>")),
                "/api/projects/" + project + "/budget-lines",
                Map.entry("category", Map.of("category", RIGHT_TO_LEFT, "currency", "EUR", "planned", 1)),
                "/api/tokens",
                Map.entry("name", Map.of("name", RIGHT_TO_LEFT, "scopes", List.of("read"), "expiresInDays", 1)));

        requests.forEach((path, expected) -> {
            Api.Response refused = pm.post(path, expected.getValue());

            assertThat(refused.status()).as(path + ": " + refused).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asText())
                    .as(path)
                    .isEqualTo(expected.getKey());
            assertThat(refused.json().path("errors").get(0).path("message").asText())
                    .as(path)
                    .contains("U+202E");
        });
        assertThat(jdbc.sql("select count(*) from prj_work_item")
                        .query(Long.class)
                        .single())
                .isEqualTo(workItems);
    }

    @Test
    void aRefusedNameIsWordedInChineseForAChineseCaller() {
        Api.Response refused = clients.as("pm")
                .speaking("zh-CN")
                .post("/api/projects/" + demo.demoProject() + "/work-items", Map.of("title", "质检\u2066报告"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .isEqualTo("含有不可见字符或改变文字方向的字符（U+2066），请删除后重试");
    }

    @Test
    void aTitleIsStoredNormalisedAndTrimmed() {
        Api.Response created = clients.as("pm")
                .post(
                        "/api/projects/" + demo.demoProject() + "/work-items",
                        Map.of("title", "  Re\u0301sume\u0301 of housings  "));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("title").asText()).isEqualTo("Résumé of housings");
    }

    @Test
    void aThirtyMegabyteProcessModelIsRefusedWithTheSizeLimitNotAsInvalidJson() {
        String bpmn = "<definitions>" + "x".repeat(30 * 1024 * 1024) + "</definitions>";

        Api.Response refused =
                clients.as("admin").post("/api/process-models", Map.of("bpmnXml", bpmn, "forms", List.of()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("The request body is larger than the limit of 5 MB.");
        assertStillServing();
    }

    @Test
    void aBodyWithoutADeclaredLengthIsStoppedAtTheLimitOnAnyEndpoint() {
        byte[] body = ("{\"type\":\"COMPLAINT\",\"title\":\"big\",\"description\":\"" + "y".repeat(6 * 1024 * 1024)
                        + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Api pm = clients.as("pm").speaking("zh-CN");
        pm.get("/api/me");
        // streamed chunked: there is no Content-Length to judge it by
        HttpRequest.Builder chunked = pm.multipartRequest(
                        "/api/projects/" + demo.demoProject() + "/tickets", Map.of(), null, null)
                .setHeader("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        Api.Response refused = pm.send(chunked);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().path("detail").asText()).isEqualTo("请求内容超过了 5 MB 的上限。");
        assertStillServing();
    }

    @Test
    void everyListFilteredByAProjectNobodyHasAnswers404() {
        UUID unknown = UUID.randomUUID();
        for (String path : List.of(
                "/api/tickets?projectId=" + unknown,
                "/api/inbox?projectId=" + unknown,
                "/api/supplier-orders?projectId=" + unknown,
                "/api/search?q=housing&projectId=" + unknown)) {
            Api.Response response = clients.as("pm").get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.json().path("detail").asText()).as(path).isEqualTo("Project not found");
        }
    }

    private void assertStillServing() {
        assertThat(clients.as("pm").get("/api/me").status()).isEqualTo(200);
    }
}
