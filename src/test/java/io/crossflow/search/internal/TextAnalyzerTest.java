package io.crossflow.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final Snippets snippets = new Snippets(analyzer);

    @Test
    void segmentsChineseIntoWords() {
        assertThat(analyzer.terms("本次质检报告显示焊接强度合格", 1000)).contains("质检", "报告", "焊接", "强度", "合格");
    }

    @Test
    void aChineseQuerySegmentsLikeTheIndexedText() {
        assertThat(analyzer.terms("本次质检报告显示焊接强度合格", 1000))
                .containsAll(analyzer.terms("质检报告", 100))
                .containsAll(analyzer.terms("焊接", 100));
    }

    @Test
    void stemsEnglishWordsToOneTerm() {
        assertThat(analyzer.terms("Welding", 100)).containsExactly("weld");
        assertThat(analyzer.terms("The housings were welded; two welds failed.", 1000))
                .contains("weld", "hous")
                .doesNotContain("welded", "welds", ";", ".");
    }

    @Test
    void dropsPunctuationAndLowerCases() {
        assertThat(analyzer.termText("QC-Report: PASSED!", 100)).isEqualTo("qc report pass");
    }

    @Test
    void analysesOnlyTheFirstMaxChars() {
        assertThat(analyzer.terms("alpha beta gamma", 5)).containsExactly("alpha");
    }

    @Test
    void blankTextHasNoTerms() {
        assertThat(analyzer.terms("   ", 100)).isEmpty();
        assertThat(analyzer.terms(null, 100)).isEmpty();
    }

    @Test
    void snippetMarksHitsInTheOriginalText() {
        String snippet = snippets.snippet("本次质检报告显示焊接强度合格", Set.of("焊接"), 200);
        assertThat(snippet).isEqualTo("本次质检报告显示<mark>焊接</mark>强度合格");
    }

    @Test
    void wordsOfOneQueryThatTouchAreMarkedAsOne() {
        String snippet = snippets.snippet("本次质检报告显示焊接强度合格", Set.copyOf(analyzer.terms("质检报告", 100)), 200);
        assertThat(snippet).isEqualTo("本次<mark>质检报告</mark>显示焊接强度合格");
    }

    @Test
    void snippetMarksStemmedHitsAsWritten() {
        String snippet = snippets.snippet("Two seams were welded <twice> & checked.", Set.of("weld"), 200);
        assertThat(snippet).isEqualTo("Two seams were <mark>welded</mark> &lt;twice&gt; &amp; checked.");
    }

    @Test
    void snippetOfALongTextStartsNearTheFirstHit() {
        String text = "lorem ipsum ".repeat(100) + "the gearbox housing failed " + "dolor sit ".repeat(100);
        String snippet = snippets.snippet(text, Set.of("gearbox"), 120);
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>gearbox</mark>");
        assertThat(snippet.length()).isLessThan(160);
    }

    @Test
    void charactersAndNeighbouringPairsOfCjkRunsAreTheGrams() {
        assertThat(analyzer.grams("齿轮箱 gearbox 砂轮", 1000)).containsExactly("齿", "齿轮", "轮", "轮箱", "箱", "砂", "砂轮");
        assertThat(analyzer.grams("welding only, 标点。", 1000)).containsExactly("标", "标点", "点");
    }

    @Test
    void aQueryAsksTheGramsForItsCharacterOrItsPairs() {
        assertThat(analyzer.queryGrams("焊", 100)).containsExactly("焊");
        assertThat(analyzer.queryGrams("轮箱", 100)).containsExactly("轮箱");
        assertThat(analyzer.queryGrams("焊接件 weld 砂", 100)).containsExactly("焊接", "接件", "砂");
        assertThat(analyzer.queryGrams("gearbox", 100)).isEmpty();
    }

    @Test
    void theSegmenterLeavesTheExampleFragmentsAsSingleCharacters() {
        // what makes the query side ask the n-grams (SearchQueries#wantsParts)
        assertThat(analyzer.terms("焊", 100)).containsExactly("焊");
        assertThat(analyzer.terms("砂", 100)).containsExactly("砂");
        assertThat(analyzer.terms("轮箱", 100)).containsExactly("轮", "箱");
    }

    @Test
    void aPartOfAWordIsMarkedWhereItOccurs() {
        String snippet =
                snippets.snippet("检查齿轮箱的焊接", Set.copyOf(analyzer.terms("轮箱", 100)), java.util.List.of("轮箱"), 200);
        assertThat(snippet).isEqualTo("检查齿<mark>轮箱</mark>的焊接");
        assertThat(snippets.highlightAll("焊接检验", Set.of("焊"), java.util.List.of("焊")))
                .isEqualTo("<mark>焊</mark>接检验");
    }
}
