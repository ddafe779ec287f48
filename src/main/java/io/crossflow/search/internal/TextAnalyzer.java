package io.crossflow.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.stereotype.Component;

/**
 * Turns text into the terms the index stores and queries match: Chinese is segmented into words
 * (smartcn's HMM segmenter), Latin words are lower-cased and Porter-stemmed ("welding", "welded"
 * and "welds" all become "weld"), punctuation is dropped. Index and query go through the same
 * analysis, so the space-joined terms can be handed to PostgreSQL's {@code simple} configuration,
 * which then only splits on the spaces. Thread-safe.
 */
@Component
public final class TextAnalyzer {

    /** Bumped whenever the analysis changes, so stored entries are analysed again at start-up. */
    public static final int VERSION = 1;

    private final Analyzer analyzer = new SmartChineseAnalyzer(true);

    /** The terms of the text, in order, at most {@code maxChars} of it analysed. */
    public List<String> terms(String text, int maxChars) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String analysed = text.length() > maxChars ? text.substring(0, maxChars) : text;
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(analysed))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The terms joined by spaces: what {@code to_tsvector('simple', …)} and the query read. */
    public String termText(String text, int maxChars) {
        return String.join(" ", terms(text, maxChars));
    }

    /**
     * Where in the original text the given terms occur, in order, as character ranges; stops after
     * the first hit once {@code until} characters past it have been read (snippets need no more).
     */
    public List<Hit> hits(String text, Set<String> wanted, int until) {
        List<Hit> hits = new ArrayList<>();
        if (text == null || text.isEmpty() || wanted.isEmpty()) {
            return hits;
        }
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!hits.isEmpty() && offset.startOffset() > hits.get(0).start() + until) {
                    break;
                }
                if (wanted.contains(term.toString())) {
                    hits.add(new Hit(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** A matched word in the original text: {@code [start, end)}. */
    public record Hit(int start, int end) {}
}
