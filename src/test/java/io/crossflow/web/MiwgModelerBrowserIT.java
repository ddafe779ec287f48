package io.crossflow.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.browser.BrowserSession;
import io.crossflow.testing.browser.BrowserTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The 21 BPMN MIWG reference models (src/test/resources/miwg, third-party, with their licence)
 * open in the designer: every shape and edge of the file's diagram is on the canvas, the designer
 * reports no unreadable file, and the page logs no error. At 1440×900 and on a phone (390×844).
 */
@IntegrationTest
class MiwgModelerBrowserIT extends BrowserTest {

    private static final Pattern DIAGRAM_ELEMENT =
            Pattern.compile("<(?:\\w+:)?BPMN(?:Shape|Edge)\\b[^>]*\\bbpmnElement=\"([^\"]+)\"");

    /**
     * Known gap, recorded exactly: B.1.0 also draws a process that no participant of its
     * collaboration references (start event, task, end event and their flows); bpmn-js renders
     * the plane's collaboration only, so these five are not drawn. Anything else missing fails.
     */
    private static final Map<String, Set<String>> NOT_DRAWN = Map.of(
            "B.1.0.bpmn",
            Set.of(
                    "_200f43e7-1385-46e2-a380-3ef16ebe7847",
                    "_c57a5344-213f-4834-a6c3-94ce878b413c",
                    "_ed405919-9fd6-47d0-bb00-9be7d5467efb",
                    "_60ed96e6-5954-48de-861b-7d1e3c1fb23e",
                    "_6c6288e8-43f6-4085-87c7-1ff21c38fe17"));

    @Test
    void everyReferenceModelRendersInTheModelerWithAllItsElements() throws IOException {
        List<Resource> models = models();
        assertThat(models).hasSize(21);
        check(browser("en", 1440, 900, false), models, "desktop");
    }

    @Test
    void theReferenceModelsRenderOnAPhoneToo() throws IOException {
        check(browser("zh-CN", 390, 844, true), models(), "phone");
    }

    private void check(BrowserSession designer, List<Resource> models, String size) throws IOException {
        designer.signIn("admin");
        Page page = designer.page();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(error -> errors.add(error));
        designer.open("/modeler/new?key=miwg-check&name=MIWG");
        assertThat(page.locator("[data-test=bpmn-canvas] g.djs-element").first())
                .isVisible();

        for (Resource model : models) {
            String file = model.getFilename();
            String xml;
            try (InputStream in = model.getInputStream()) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Set<String> expected = diagramElements(xml);
            assertThat(expected).as(file).isNotEmpty();
            page.locator("[data-test=import-file]")
                    .setInputFiles(new FilePayload(file, "application/xml", xml.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator(".el-message")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(file)))
                    .isVisible();
            assertThat(page.locator(".el-message--error")).hasCount(0);
            @SuppressWarnings("unchecked")
            List<String> missing = (List<String>) page.evaluate(
                    "ids => ids.filter(id => !document.querySelector("
                            + "`[data-test=bpmn-canvas] g.djs-element[data-element-id=\"${CSS.escape(id)}\"]`))",
                    new ArrayList<>(expected));
            assertThat(missing)
                    .as("%s: diagram elements not drawn on the canvas (%s)", file, size)
                    .containsExactlyInAnyOrderElementsOf(NOT_DRAWN.getOrDefault(file, Set.of()));
            assertThat(errors)
                    .as("%s: errors logged by the page (%s)", file, size)
                    .isEmpty();
            designer.screenshot(size + "-" + file.replace(".bpmn", ""));
        }
    }

    /** The ids of the model elements the file's diagram draws (shapes and edges). */
    private static Set<String> diagramElements(String xml) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = DIAGRAM_ELEMENT.matcher(xml);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static List<Resource> models() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:miwg/*.bpmn");
        return Arrays.stream(found)
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }
}
