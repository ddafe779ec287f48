package io.crossflow.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlContentTest {

    @Test
    void keepsFormattingAndDropsScripts() {
        String clean = HtmlContent.sanitise("<h1>Spec</h1><p style=\"x\" onclick=\"a()\">Be <em>bold</em></p>"
                + "<script>alert(1)</script><a href=\"javascript:x()\">bad</a><a href=\"https://ok\">good</a>");
        assertThat(clean)
                .contains("<h1>Spec</h1>", "<p>Be <em>bold</em></p>", "href=\"https://ok\"")
                .doesNotContain("script", "onclick", "javascript", "style");
    }

    @Test
    void blankContentIsEmpty() {
        assertThat(HtmlContent.sanitise(null)).isEmpty();
        assertThat(HtmlContent.lines("  ")).isEmpty();
    }

    @Test
    void linesFollowTheBlocks() {
        assertThat(HtmlContent.lines("<h2>需求</h2><p>壁厚 <b>4</b> mm<br>公差 ±0.1</p>"
                        + "<ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table>"))
                .containsExactly("需求", "壁厚 4 mm", "公差 ±0.1", "one", "two", "a | b");
    }
}
