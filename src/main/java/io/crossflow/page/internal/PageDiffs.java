package io.crossflow.page.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable diff between two versions of a page: the new version's text lines in order, each
 * marked equal, inserted or deleted; a line that was edited in place is one {@code CHANGE} line
 * whose segments show the deleted and inserted words (for Chinese, characters).
 */
public final class PageDiffs {

    /** A run of whitespace, one Han character, or a run of anything else. */
    private static final Pattern WORD = Pattern.compile("\\s+|\\p{IsHan}|[^\\s\\p{IsHan}]+");

    private PageDiffs() {}

    public static Diff diff(PageVersion from, PageVersion to) {
        List<String> before = HtmlContent.lines(from.content());
        List<String> after = HtmlContent.lines(to.content());
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> lines = new ArrayList<>();
        int inserted = 0;
        int deleted = 0;
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            for (; at < delta.getSource().getPosition(); at++) {
                lines.add(Line.equal(before.get(at)));
            }
            List<String> old = delta.getSource().getLines();
            List<String> now = delta.getTarget().getLines();
            int paired = delta.getType() == DeltaType.CHANGE ? Math.min(old.size(), now.size()) : 0;
            for (int i = 0; i < paired; i++) {
                // a line edited in place keeps some of its words; otherwise it was replaced
                List<Segment> segments = segments(old.get(i), now.get(i));
                if (segments.stream()
                        .anyMatch(s -> s.op() == Op.EQUAL && !s.text().isBlank())) {
                    lines.add(new Line(Op.CHANGE, now.get(i), old.get(i), segments));
                } else {
                    lines.add(new Line(Op.DELETE, old.get(i), null, null));
                    lines.add(new Line(Op.INSERT, now.get(i), null, null));
                }
            }
            old.subList(paired, old.size()).forEach(l -> lines.add(new Line(Op.DELETE, l, null, null)));
            now.subList(paired, now.size()).forEach(l -> lines.add(new Line(Op.INSERT, l, null, null)));
            inserted += now.size();
            deleted += old.size();
            at += old.size();
        }
        for (; at < before.size(); at++) {
            lines.add(Line.equal(before.get(at)));
        }
        Title title = from.title().equals(to.title()) ? null : new Title(from.title(), to.title());
        return new Diff(from.version(), to.version(), title, inserted, deleted, lines);
    }

    static List<Segment> segments(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            add(segments, Op.EQUAL, old.subList(at, delta.getSource().getPosition()));
            add(segments, Op.DELETE, delta.getSource().getLines());
            add(segments, Op.INSERT, delta.getTarget().getLines());
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(segments, Op.EQUAL, old.subList(at, old.size()));
        return segments;
    }

    private static void add(List<Segment> segments, Op op, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!segments.isEmpty() && segments.get(segments.size() - 1).op() == op) {
            Segment last = segments.remove(segments.size() - 1);
            text = last.text() + text;
        }
        segments.add(new Segment(op, text));
    }

    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public enum Op {
        EQUAL,
        INSERT,
        DELETE,
        CHANGE
    }

    /**
     * @param title the title's change; null when it stayed
     * @param inserted how many lines the newer version added or changed
     * @param deleted how many lines of the older version it removed or changed
     */
    public record Diff(int from, int to, Title title, int inserted, int deleted, List<Line> lines) {}

    public record Title(String from, String to) {}

    /**
     * @param text the line as it is in the newer version (for DELETE: as it was)
     * @param oldText for CHANGE, the line as it was
     * @param segments for CHANGE, the words kept, deleted and inserted
     */
    public record Line(Op op, String text, String oldText, List<Segment> segments) {
        static Line equal(String text) {
            return new Line(Op.EQUAL, text, null, null);
        }
    }

    public record Segment(Op op, String text) {}
}
