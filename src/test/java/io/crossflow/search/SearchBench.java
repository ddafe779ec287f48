package io.crossflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.search.internal.TextAnalyzer;
import io.crossflow.testing.Api;
import io.crossflow.testing.DemoIds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole-word search with and without the character n-gram index, same corpus, same run
 * (docs/benchmarks.md). Thousands of mixed Chinese and English texts are indexed through
 * {@link SearchIndex#put} (words and n-grams, as every module writes them); then rounds alternate
 * between the index with its n-grams and the same index with the n-gram column emptied (and the
 * table rewritten by {@code VACUUM FULL}), as it was before the n-grams existed. Each round times
 * {@code GET /api/search} over HTTP for whole-word queries, and the part-of-word queries the
 * n-grams answer.
 */
@IntegrationTest
class SearchBench {

    static final int TEXTS = Integer.getInteger("bench.texts", 5_000);
    static final int REQUESTS = Integer.getInteger("bench.searchRequests", 300);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    static final int WARM_UP = 50;

    /** Whole words of the corpus that the segmenter keeps whole (checked below). */
    static final List<String> WORDS = List.of("焊接", "质检报告", "密封", "装配", "weld", "bearing", "合格 inspection");

    static final List<String> PARTS = List.of("焊", "砂", "轮箱", "检");

    static final String[] CHINESE = {
        "焊接", "质检", "报告", "强度", "合格", "齿轮箱", "砂轮", "轴承", "密封", "装配", "检验", "批次", "供应商", "交付",
        "铸件", "加工", "尺寸", "公差", "表面", "处理", "客户", "投诉", "整改", "计划", "图纸", "变更", "材料", "热处理",
        "硬度", "测试", "包装", "运输", "延期", "审批", "预算", "采购", "订单", "工序", "设备", "维修"
    };
    static final String[] ENGLISH = {
        "weld", "welded", "inspection", "bearing", "housing", "gearbox", "casting", "batch", "supplier",
        "delivery", "tolerance", "surface", "drawing", "revision", "material", "hardness", "shipment", "order"
    };

    @Autowired
    TestClients clients;

    @Autowired
    DemoIds demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex index;

    @Test
    void wholeWordSearchWithAndWithoutTheNgramIndex() throws Exception {
        TextAnalyzer analyzer = new TextAnalyzer();
        for (String q : WORDS) {
            assertThat(analyzer.terms(q, 100))
                    .as("%s is a whole-word query", q)
                    .noneMatch(t ->
                            t.length() == 1 && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN);
        }
        long seeded = seed();
        jdbc.sql("create table if not exists bench_grams as select tenant_id, kind, object_id, grams"
                        + " from srch_entry where object_id like 'bench-%'")
                .update();
        Api pm = clients.as("pm");
        assertThat(pm.get("/api/search?q=" + encode("焊")).json().path("total").asLong())
                .as("焊 finds the corpus's texts containing 焊接")
                .isGreaterThan(TEXTS / 10);

        Map<String, List<Long>> timings = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (boolean grams : new boolean[] {true, false}) {
                setGrams(grams);
                String state = grams ? "with n-grams" : "without n-grams";
                time(pm, WORDS, WARM_UP, null);
                time(pm, WORDS, REQUESTS, timings.computeIfAbsent("whole words, " + state, k -> new ArrayList<>()));
                if (grams) {
                    time(pm, PARTS, WARM_UP, null);
                    time(
                            pm,
                            PARTS,
                            REQUESTS,
                            timings.computeIfAbsent("parts of words, " + state, k -> new ArrayList<>()));
                }
            }
        }
        setGrams(true);
        jdbc.sql("drop table bench_grams").update();

        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "Search benchmark: %d texts (%d entries in srch_entry), %d rounds of %d requests per row and round%n"
                        + "| query | runs | p50 ms | p95 ms |%n|---|---|---|---|%n",
                TEXTS,
                seeded,
                ROUNDS,
                REQUESTS));
        Map<String, double[]> stats = new LinkedHashMap<>();
        timings.forEach((name, nanos) -> {
            double[] s = stats(nanos);
            stats.put(name, s);
            text.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", name, nanos.size(), s[0], s[1]));
        });
        double with = stats.get("whole words, with n-grams")[1];
        double without = stats.get("whole words, without n-grams")[1];
        text.append(String.format(
                Locale.ROOT,
                "whole-word p95 with / without n-grams: %.2f%nindex sizes: %s%n",
                with / without,
                sizes()));
        System.out.println(text);
        Path out = Path.of("target/benchmarks/search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text.toString());
        assertThat(with / without)
                .as("whole-word p95 with n-grams / without (noise allowance 15 %)")
                .isLessThan(1.15);
    }

    private long seed() {
        jdbc.sql("delete from srch_entry where object_id like 'bench-%'").update();
        Random random = new Random(42);
        for (int i = 0; i < TEXTS; i++) {
            index.put(new SearchEntry(
                    demo.demoTenant(),
                    demo.demoProject(),
                    SearchKinds.DOCUMENT,
                    "bench-" + i,
                    sentence(random, 6) + " " + i,
                    paragraphs(random),
                    new Audience(Set.of(), false),
                    Instant.now()));
        }
        jdbc.sql("vacuum analyze srch_entry").update();
        return jdbc.sql("select count(*) from srch_entry").query(Long.class).single();
    }

    /** A few hundred to a couple of thousand characters of mixed text, as reports and pages read. */
    private static String paragraphs(Random random) {
        StringBuilder text = new StringBuilder();
        int sentences = 10 + random.nextInt(60);
        for (int i = 0; i < sentences; i++) {
            text.append(sentence(random, 4 + random.nextInt(10))).append(i % 3 == 0 ? ". " : "。");
        }
        return text.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (random.nextInt(5) == 0) {
                s.append(' ').append(ENGLISH[random.nextInt(ENGLISH.length)]).append(' ');
            } else {
                s.append(CHINESE[random.nextInt(CHINESE.length)]);
            }
        }
        return s.toString().trim();
    }

    /** Fills the n-gram column from the saved copy, or empties it; then rewrites the table. */
    private void setGrams(boolean on) {
        if (on) {
            jdbc.sql("update srch_entry e set grams = b.grams from bench_grams b where e.tenant_id = b.tenant_id"
                            + " and e.kind = b.kind and e.object_id = b.object_id")
                    .update();
        } else {
            jdbc.sql("update srch_entry set grams = ''::tsvector where object_id like 'bench-%'")
                    .update();
        }
        jdbc.sql("vacuum full analyze srch_entry").update();
    }

    private static void time(Api api, List<String> queries, int requests, List<Long> into) {
        for (int i = 0; i < requests; i++) {
            String q = queries.get(i % queries.size());
            long start = System.nanoTime();
            Api.Response response = api.get("/api/search?size=20&q=" + encode(q));
            long took = System.nanoTime() - start;
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            if (into != null) {
                into.add(took);
            }
        }
    }

    private String sizes() {
        return jdbc.sql("select string_agg(c.relname || ' ' || pg_size_pretty(pg_total_relation_size(c.oid)), ', '"
                        + " order by c.relname) from pg_class c where c.relname in"
                        + " ('srch_entry', 'srch_entry_document', 'srch_entry_grams')")
                .query(String.class)
                .single();
    }

    private static double[] stats(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new double[] {
            sorted[(int) Math.floor(0.50 * (sorted.length - 1))] / 1e6,
            sorted[(int) Math.ceil(0.95 * (sorted.length - 1))] / 1e6
        };
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
