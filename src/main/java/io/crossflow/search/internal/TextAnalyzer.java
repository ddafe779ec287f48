package io.crossflow.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
    public static final int VERSION = 2;

    /**
     * The most distinct character n-grams one text contributes (PostgreSQL's tsvector holds at
     * most 1 MB; 60 000 one- and two-character lexemes stay well below it).
     */
    static final int MAX_GRAMS = 60_000;

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

    /**
     * The character n-grams of the text's CJK runs (Han, kana, Hangul): every single character and
     * every pair of neighbouring characters, each once, in order of first occurrence, at most
     * {@link #MAX_GRAMS} of them. "齿轮箱" → 齿 轮 箱 齿轮 轮箱. They let a single character or a part
     * of a word find the texts containing it, where the segmented words cannot.
     */
    public Set<String> grams(String text, int maxChars) {
        Set<String> grams = new LinkedHashSet<>();
        for (String run : cjkRuns(text, maxChars)) {
            for (int i = 0; i < run.length() && grams.size() < MAX_GRAMS; i++) {
                grams.add(run.substring(i, i + 1));
                if (i + 1 < run.length()) {
                    grams.add(run.substring(i, i + 2));
                }
            }
            if (grams.size() >= MAX_GRAMS) {
                break;
            }
        }
        return grams;
    }

    /** {@link #grams} joined by spaces, for {@code to_tsvector('simple', …)}. */
    public String gramText(String text, int maxChars) {
        return String.join(" ", grams(text, maxChars));
    }

    /**
     * What a query's CJK part asks of the n-gram index: a run of one character asks for that
     * character, a longer run for each of its neighbouring pairs (so 轮箱 asks for 轮箱, 焊接件 for
     * 焊接 and 接件). Empty when the query holds no CJK.
     */
    public Set<String> queryGrams(String query, int maxChars) {
        Set<String> grams = new LinkedHashSet<>();
        for (String run : cjkRuns(query, maxChars)) {
            if (run.length() == 1) {
                grams.add(run);
            }
            for (int i = 0; i + 1 < run.length(); i++) {
                grams.add(run.substring(i, i + 2));
            }
        }
        return grams;
    }

    /** The maximal runs of CJK characters in the text (surrogate pairs excluded, for simplicity). */
    public List<String> cjkRuns(String text, int maxChars) {
        List<String> runs = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return runs;
        }
        int end = Math.min(text.length(), maxChars);
        int start = -1;
        for (int i = 0; i <= end; i++) {
            boolean cjk = i < end && isCjk(text.charAt(i));
            if (cjk && start < 0) {
                start = i;
            } else if (!cjk && start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
        }
        return runs;
    }

    /** Whether the character belongs to a script written without spaces between words. */
    static boolean isCjk(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    /** A matched word in the original text: {@code [start, end)}. */
    public record Hit(int start, int end) {}
}
