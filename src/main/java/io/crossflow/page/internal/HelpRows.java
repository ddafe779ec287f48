package io.crossflow.page.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code page_help}: which pages are help pages, whether each is published, and the help centre's order. */
@Component
class HelpRows {

    private final JdbcClient jdbc;

    HelpRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One help page's row. */
    record Row(UUID pageId, boolean published, int position) {}

    boolean isHelp(UUID tenantId, UUID pageId) {
        return jdbc.sql("select exists (select 1 from page_help where tenant_id = ? and page_id = ?)")
                .params(tenantId, pageId)
                .query(Boolean.class)
                .single();
    }

    Optional<Row> find(UUID tenantId, UUID pageId) {
        return jdbc.sql("select page_id, published, position from page_help where tenant_id = ? and page_id = ?")
                .params(tenantId, pageId)
                .query((rs, i) ->
                        new Row(rs.getObject("page_id", UUID.class), rs.getBoolean("published"), rs.getInt("position")))
                .optional();
    }

    /** Marks the page, last in the help centre's order; returns whether it was not marked before. */
    boolean mark(UUID tenantId, UUID pageId, UUID by, boolean published) {
        return jdbc.sql("insert into page_help (page_id, tenant_id, marked_by, marked_at, published, position)"
                                + " select ?, ?, ?, ?, ?, coalesce(max(position), 0) + 1 from page_help"
                                + " where tenant_id = ? on conflict (page_id) do nothing")
                        .params(pageId, tenantId, by, Timestamp.from(Instant.now()), published, tenantId)
                        .update()
                == 1;
    }

    /** Unmarks the page; returns whether it was marked. */
    boolean unmark(UUID tenantId, UUID pageId) {
        return jdbc.sql("delete from page_help where tenant_id = ? and page_id = ?")
                        .params(tenantId, pageId)
                        .update()
                == 1;
    }

    /** Publishes or withdraws a help page; returns whether that changed anything. */
    boolean publish(UUID tenantId, UUID pageId, boolean published) {
        return jdbc.sql("update page_help set published = ? where tenant_id = ? and page_id = ? and published <> ?")
                        .params(published, tenantId, pageId, published)
                        .update()
                == 1;
    }

    /** Puts the help pages in the given order (positions 1, 2, …). */
    void order(UUID tenantId, List<UUID> pageIds) {
        for (int i = 0; i < pageIds.size(); i++) {
            jdbc.sql("update page_help set position = ? where tenant_id = ? and page_id = ?")
                    .params(i + 1, tenantId, pageIds.get(i))
                    .update();
        }
    }

    /**
     * The tenant's help pages in the help centre's order ({@code position}, then most recently
     * changed first); only the published ones unless {@code drafts}.
     */
    List<Row> pages(UUID tenantId, boolean drafts) {
        return jdbc.sql(
                        "select h.page_id, h.published, h.position from page_help h join page_page p on p.id = h.page_id"
                                + " where h.tenant_id = ?" + (drafts ? "" : " and h.published")
                                + " order by h.position, p.updated_at desc, p.id")
                .param(tenantId)
                .query((rs, i) ->
                        new Row(rs.getObject("page_id", UUID.class), rs.getBoolean("published"), rs.getInt("position")))
                .list();
    }

    /** Locks the tenant's help rows so two reorderings do not interleave. */
    List<UUID> lock(UUID tenantId) {
        return jdbc.sql("select page_id from page_help where tenant_id = ? for update")
                .param(tenantId)
                .query(UUID.class)
                .list();
    }
}
