package io.crossflow.search.internal;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Highlights hits on the original text (not on the stored terms, which are stemmed and segmented):
 * a window of the text around the first hit, HTML-escaped, each hit wrapped in {@code <mark>}.
 */
@Component
class Snippets {

    private static final int LEAD = 40;

    private final TextAnalyzer analyzer;

    Snippets(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A snippet of about {@code chars} characters; the text's start when nothing in it matched. */
    String snippet(String text, Set<String> terms, int chars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<TextAnalyzer.Hit> hits = analyzer.hits(text, terms, chars);
        int from = hits.isEmpty() ? 0 : Math.max(0, hits.get(0).start() - LEAD);
        from = wordStart(text, from);
        int to = Math.min(text.length(), from + chars);
        return (from > 0 ? "…" : "") + highlight(text, hits, from, to) + (to < text.length() ? "…" : "");
    }

    /** The whole (short) text with its hits marked, e.g. a title. */
    String highlightAll(String text, Set<String> terms) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return highlight(text, analyzer.hits(text, terms, Integer.MAX_VALUE / 2), 0, text.length());
    }

    private static String highlight(String text, List<TextAnalyzer.Hit> hits, int from, int to) {
        StringBuilder out = new StringBuilder();
        int at = from;
        for (TextAnalyzer.Hit hit : hits) {
            if (hit.start() < at || hit.end() > to) {
                continue;
            }
            out.append(escape(text.substring(at, hit.start())));
            out.append("<mark>")
                    .append(escape(text.substring(hit.start(), hit.end())))
                    .append("</mark>");
            at = hit.end();
        }
        out.append(escape(text.substring(at, to)));
        // touching hits read as one: 质检 + 报告 is marked as 质检报告
        return out.toString().replace("</mark><mark>", "").replaceAll("\\s+", " ");
    }

    /** Moves a cut that falls inside a Latin word back to that word's start. */
    private static int wordStart(String text, int at) {
        int i = at;
        while (i > 0 && i > at - 20 && Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) < 0x3000) {
            i--;
        }
        return i;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
