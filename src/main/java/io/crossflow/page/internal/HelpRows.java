package io.crossflow.page.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@code page_help}: which pages are help pages. */
@Component
class HelpRows {

    private final JdbcClient jdbc;

    HelpRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isHelp(UUID tenantId, UUID pageId) {
        return jdbc.sql("select exists (select 1 from page_help where tenant_id = ? and page_id = ?)")
                .params(tenantId, pageId)
                .query(Boolean.class)
                .single();
    }

    /** Marks the page; returns whether it was not marked before. */
    boolean mark(UUID tenantId, UUID pageId, UUID by) {
        return jdbc.sql("insert into page_help (page_id, tenant_id, marked_by, marked_at) values (?, ?, ?, ?)"
                                + " on conflict (page_id) do nothing")
                        .params(pageId, tenantId, by, Timestamp.from(Instant.now()))
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

    /** The tenant's help pages, most recently changed first. */
    List<UUID> pages(UUID tenantId) {
        return jdbc.sql("select h.page_id from page_help h join page_page p on p.id = h.page_id"
                        + " where h.tenant_id = ? order by p.updated_at desc, p.id")
                .param(tenantId)
                .query(UUID.class)
                .list();
    }
}
