package io.crossflow.page.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Page content is HTML from a rich-text editor, sanitised on the server with an allow-list: text
 * formatting, headings, lists, tables, links (http, https, mailto) and images (http, https). No
 * scripts, styles, event handlers or {@code javascript:} links survive. Also turns content into
 * text lines (one per block) for diffs and search.
 */
public final class HtmlContent {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("s", "del", "ins", "mark", "hr", "span")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "tr",
            "blockquote",
            "pre",
            "br",
            "hr",
            "table",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "caption",
            "thead",
            "tbody",
            "tfoot");

    private HtmlContent() {}

    /** The content with everything outside the allow-list removed. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", ALLOWED, output);
    }

    /** The content's text, one line per block (paragraph, heading, list item, table row), blank lines dropped. */
    public static List<String> lines(String html) {
        List<String> lines = new ArrayList<>();
        if (html == null || html.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            line.append(text.text());
                        } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            flush(line, lines);
                        } else if (node instanceof Element e
                                && (e.normalName().equals("td")
                                        || e.normalName().equals("th"))) {
                            if (!line.isEmpty()) {
                                line.append(" | ");
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            flush(line, lines);
                        }
                    }
                },
                Jsoup.parseBodyFragment(html).body());
        flush(line, lines);
        return lines;
    }

    /** The content as plain text, a line per block. */
    public static String text(String html) {
        return String.join("\n", lines(html));
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }
}
