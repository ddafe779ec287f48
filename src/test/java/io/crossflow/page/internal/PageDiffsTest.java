package io.crossflow.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageDiffsTest {

    @Test
    void anEditedLineShowsTheChangedWords() {
        PageDiffs.Diff diff = PageDiffs.diff(
                version(1, "Spec", "<p>Keep</p><p>Wall 4 mm thick</p><p>Gone</p>"),
                version(2, "Spec v2", "<p>Keep</p><p>Wall 5 mm thick</p><p>New</p><p>Added</p>"));

        assertThat(diff.title()).isEqualTo(new PageDiffs.Title("Spec", "Spec v2"));
        assertThat(diff.lines())
                .extracting(PageDiffs.Line::op)
                .containsExactly(
                        PageDiffs.Op.EQUAL,
                        PageDiffs.Op.CHANGE,
                        PageDiffs.Op.DELETE,
                        PageDiffs.Op.INSERT,
                        PageDiffs.Op.INSERT);
        assertThat(diff.lines().get(1).segments())
                .containsExactly(
                        new PageDiffs.Segment(PageDiffs.Op.EQUAL, "Wall "),
                        new PageDiffs.Segment(PageDiffs.Op.DELETE, "4"),
                        new PageDiffs.Segment(PageDiffs.Op.INSERT, "5"),
                        new PageDiffs.Segment(PageDiffs.Op.EQUAL, " mm thick"));
        assertThat(diff.inserted()).isEqualTo(3);
        assertThat(diff.deleted()).isEqualTo(2);
    }

    @Test
    void chineseIsComparedByCharacter() {
        assertThat(PageDiffs.segments("焊接强度合格", "焊接强度不合格"))
                .containsExactly(
                        new PageDiffs.Segment(PageDiffs.Op.EQUAL, "焊接强度"),
                        new PageDiffs.Segment(PageDiffs.Op.INSERT, "不"),
                        new PageDiffs.Segment(PageDiffs.Op.EQUAL, "合格"));
    }

    @Test
    void sameVersionsDifferInNothing() {
        PageVersion v = version(1, "Spec", "<p>a</p><p>b</p>");
        PageDiffs.Diff diff = PageDiffs.diff(v, v);
        assertThat(diff.title()).isNull();
        assertThat(diff.inserted()).isZero();
        assertThat(diff.lines()).extracting(PageDiffs.Line::op).containsOnly(PageDiffs.Op.EQUAL);
    }

    private static PageVersion version(int n, String title, String content) {
        return new PageVersion(n, title, content, UUID.randomUUID(), Instant.now());
    }
}
