package io.crossflow.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.search.SearchKinds;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The start-up maintenance: entries of an older analysis are analysed again, missing plan entries back-filled. */
@IntegrationTest
class IndexMaintenanceIT {

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClients clients;

    @Test
    void anEntryWrittenBeforeTheAnalysisIsFoundByChineseWordsAfterStartUp() {
        String id = UUID.randomUUID().toString();
        // as the first, unanalysed index wrote it: the whole Chinese sentence is one 'simple' token
        jdbc.sql("""
                        insert into srch_entry (tenant_id, kind, object_id, project_id, title, body, updated_at, document)
                        select tenant_id, 'document', :id, id, '旧报告', '本次质检报告显示焊接强度合格', now(),
                               to_tsvector('simple', '本次质检报告显示焊接强度合格')
                          from prj_project where name = 'Gearbox Housing Line'
                        """).param("id", id).update();
        assertThat(clients.as("pm")
                        .get("/api/search?q=" + URLEncoder.encode("焊接", StandardCharsets.UTF_8))
                        .body())
                .doesNotContain(id);

        maintenance.bringUpToDate();

        assertThat(clients.as("pm")
                        .get("/api/search?q=" + URLEncoder.encode("焊接", StandardCharsets.UTF_8))
                        .body())
                .contains(id);
    }

    @Test
    void anEntryOfTheWordOnlyAnalysisIsFoundByASingleCharacterAfterStartUp() {
        String id = UUID.randomUUID().toString();
        // as analysis 1 wrote it: segmented words, no character n-grams
        jdbc.sql("""
                        insert into srch_entry (tenant_id, kind, object_id, project_id, title, body, updated_at,
                                                title_terms, body_terms, analyzer_version, document)
                        select tenant_id, 'document', :id, id, '旧报告', '检查齿轮箱的密封', now(),
                               '旧 报告', '检查 齿轮箱 的 密封', 1, to_tsvector('simple', '检查 齿轮箱 的 密封')
                          from prj_project where name = 'Gearbox Housing Line'
                        """).param("id", id).update();
        String query = "/api/search?size=50&q=" + URLEncoder.encode("轮箱", StandardCharsets.UTF_8);
        assertThat(clients.as("pm").get(query).body()).doesNotContain(id);

        maintenance.bringUpToDate();

        assertThat(clients.as("pm").get(query).body()).contains(id);
    }

    @Test
    void workItemsMissingFromTheIndexAreBackFilledOncePerAnalysis() {
        UUID item = jdbc.sql("select id from prj_work_item where title = 'Aluminium castings, batch 1'")
                .query(UUID.class)
                .single();
        jdbc.sql("delete from srch_entry where kind = ? and object_id = ?")
                .params(SearchKinds.WORK_ITEM, item.toString())
                .update();

        maintenance.bringUpToDate(); // already back-filled for this analysis: nothing to do
        assertThat(entries(item)).isZero();

        jdbc.sql("update srch_backfill set analyzer_version = 0 where source = ?")
                .param(SearchKinds.WORK_ITEM)
                .update();
        maintenance.bringUpToDate();
        assertThat(entries(item)).isOne();
        assertThat(clients.as("supplier-b").get("/api/search?q=aluminium").body())
                .contains(item.toString());
    }

    private int entries(UUID item) {
        return jdbc.sql("select count(*) from srch_entry where kind = ? and object_id = ?")
                .params(SearchKinds.WORK_ITEM, item.toString())
                .query(Integer.class)
                .single();
    }
}
