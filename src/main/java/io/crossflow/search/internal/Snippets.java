package io.crossflow.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
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
        return snippet(text, terms, List.of(), chars);
    }

    /**
     * A snippet whose hits are the analysed {@code terms} and, besides them, every occurrence of
     * the literal {@code parts} (a query's CJK runs matched by the character n-grams: 轮箱 inside
     * 齿轮箱).
     */
    String snippet(String text, Set<String> terms, List<String> parts, int chars) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        List<TextAnalyzer.Hit> hits = merge(analyzer.hits(text, terms, chars), occurrences(text, parts, chars));
        int from = hits.isEmpty() ? 0 : Math.max(0, hits.get(0).start() - LEAD);
        from = wordStart(text, from);
        int to = Math.min(text.length(), from + chars);
        return (from > 0 ? "…" : "") + highlight(text, hits, from, to) + (to < text.length() ? "…" : "");
    }

    /** The whole (short) text with its hits marked, e.g. a title. */
    String highlightAll(String text, Set<String> terms) {
        return highlightAll(text, terms, List.of());
    }

    /** The whole (short) text with its term hits and every occurrence of {@code parts} marked. */
    String highlightAll(String text, Set<String> terms, List<String> parts) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int all = Integer.MAX_VALUE / 2;
        return highlight(text, merge(analyzer.hits(text, terms, all), occurrences(text, parts, all)), 0, text.length());
    }

    /** Where the literal parts occur, up to {@code until} characters past the first occurrence. */
    private static List<TextAnalyzer.Hit> occurrences(String text, List<String> parts, int until) {
        List<TextAnalyzer.Hit> found = new ArrayList<>();
        if (parts.isEmpty()) {
            return found;
        }
        int first = -1;
        for (String part : parts) {
            int at = text.indexOf(part);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return found;
        }
        long limit = (long) first + until;
        for (String part : parts) {
            for (int at = text.indexOf(part); at >= 0 && at <= limit; at = text.indexOf(part, at + part.length())) {
                found.add(new TextAnalyzer.Hit(at, at + part.length()));
            }
        }
        return found;
    }

    /** Both lists of hits in text order, a hit overlapping an earlier one dropped. */
    private static List<TextAnalyzer.Hit> merge(List<TextAnalyzer.Hit> words, List<TextAnalyzer.Hit> parts) {
        if (parts.isEmpty()) {
            return words;
        }
        List<TextAnalyzer.Hit> all = new ArrayList<>(words);
        all.addAll(parts);
        all.sort(Comparator.comparingInt(TextAnalyzer.Hit::start).thenComparingInt(h -> -h.end()));
        List<TextAnalyzer.Hit> merged = new ArrayList<>();
        int end = -1;
        for (TextAnalyzer.Hit hit : all) {
            if (hit.start() >= end) {
                merged.add(hit);
                end = hit.end();
            }
        }
        return merged;
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
