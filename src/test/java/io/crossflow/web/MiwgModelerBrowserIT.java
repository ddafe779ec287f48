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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The 21 BPMN MIWG reference models (src/test/resources/miwg, third-party, with their licence)
 * open in the designer: every shape and edge of the file's diagram is on the canvas, the designer
 * reports no unreadable file, and the page logs no error. At 1440×900: on a phone the designer
 * says it needs a larger screen instead (DesignerClarityBrowserIT).
 */
@IntegrationTest
class MiwgModelerBrowserIT extends BrowserTest {

    private static final Pattern FIRST_DIAGRAM =
            Pattern.compile("<(\\w+:)?BPMNDiagram\\b.*?</(\\w+:)?BPMNDiagram>", Pattern.DOTALL);
    private static final Pattern DIAGRAM_ELEMENT =
            Pattern.compile("<(?:\\w+:)?BPMN(?:Shape|Edge)\\b[^>]*\\bbpmnElement=\"([^\"]+)\"");

    @Test
    void everyReferenceModelRendersInTheModelerWithAllItsElements() throws IOException {
        List<Resource> models = models();
        assertThat(models).hasSize(21);
        check(browser("en", 1440, 900, false), models, "desktop");
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
                    .containsExactlyInAnyOrderElementsOf(outsideThePlane(xml, expected));
            assertThat(errors)
                    .as("%s: errors logged by the page (%s)", file, size)
                    .isEmpty();
            designer.screenshot(size + "-" + file.replace(".bpmn", ""));
        }
    }

    /**
     * The known gap: when the diagram's plane is a collaboration, bpmn-js draws the processes its
     * participants reference and, of the others, only those with lanes (its tree walker's
     * "unhandled processes" are the ones with a lane set: A.4.0's second process is drawn); shapes
     * of any other process of the file (B.1.0, B.2.0 have one) are not drawn. Those, and only
     * those, may be missing.
     */
    private static Set<String> outsideThePlane(String xml, Set<String> drawn) {
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document document = factory.newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            String bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
            var planes = document.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/DI", "BPMNPlane");
            String root =
                    planes.getLength() == 0 ? "" : ((org.w3c.dom.Element) planes.item(0)).getAttribute("bpmnElement");
            Set<String> referenced = new LinkedHashSet<>();
            boolean collaboration = false;
            var collaborations = document.getElementsByTagNameNS(bpmn, "collaboration");
            for (int c = 0; c < collaborations.getLength(); c++) {
                var element = (org.w3c.dom.Element) collaborations.item(c);
                if (!element.getAttribute("id").equals(root)) {
                    continue;
                }
                collaboration = true;
                var participants = element.getElementsByTagNameNS(bpmn, "participant");
                for (int p = 0; p < participants.getLength(); p++) {
                    referenced.add(((org.w3c.dom.Element) participants.item(p)).getAttribute("processRef"));
                }
            }
            Set<String> outside = new LinkedHashSet<>();
            if (!collaboration) {
                return outside;
            }
            var processes = document.getElementsByTagNameNS(bpmn, "process");
            for (int i = 0; i < processes.getLength(); i++) {
                var process = (org.w3c.dom.Element) processes.item(i);
                if (referenced.contains(process.getAttribute("id"))
                        || process.getElementsByTagNameNS(bpmn, "laneSet").getLength() > 0) {
                    continue;
                }
                var inside = process.getElementsByTagNameNS("*", "*");
                for (int e = 0; e < inside.getLength(); e++) {
                    String id = ((org.w3c.dom.Element) inside.item(e)).getAttribute("id");
                    if (drawn.contains(id)) {
                        outside.add(id);
                    }
                }
            }
            return outside;
        } catch (Exception unreadable) {
            throw new AssertionError("Cannot read the model", unreadable);
        }
    }

    /**
     * The ids of the model elements the file's first diagram draws (shapes and edges). bpmn-js
     * opens one diagram of a file, the first; a file with several (C.4.0 has four views, C.5.0 two)
     * shows the others only when the page opens them, which the designer does not offer yet.
     */
    private static Set<String> diagramElements(String xml) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher first = FIRST_DIAGRAM.matcher(xml);
        Matcher matcher = DIAGRAM_ELEMENT.matcher(first.find() ? first.group() : xml);
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
