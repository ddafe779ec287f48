package io.crossflow.page.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The page tables: {@code page_page} holds each page as it is now, {@code page_version} every saved version. */
@Component
class PageStore {

    private static final String COLUMNS = "id, tenant_id, project_id, title, content, version, share_customers,"
            + " share_organisations, created_by, created_at, updated_by, updated_at";

    private final JdbcClient jdbc;

    PageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Page page) {
        jdbc.sql("insert into page_page (" + COLUMNS + ") values (:id, :tenant, :project, :title, :content, :version,"
                        + " :customers, cast(:organisations as uuid[]), :by, :at, :by, :at)")
                .param("id", page.id())
                .param("tenant", page.tenantId())
                .param("project", page.projectId())
                .param("title", page.title())
                .param("content", page.content())
                .param("version", page.version())
                .param("customers", page.sharing().customers())
                .param("organisations", array(page.sharing()))
                .param("by", page.createdBy())
                .param("at", Timestamp.from(page.createdAt()))
                .update();
        insertVersion(page);
    }

    Optional<Page> find(UUID tenantId, UUID pageId) {
        return jdbc.sql("select " + COLUMNS + " from page_page where tenant_id = ? and id = ?")
                .params(tenantId, pageId)
                .query(PageStore::page)
                .optional();
    }

    List<Page> inProject(UUID tenantId, UUID projectId) {
        return jdbc.sql("select " + COLUMNS + " from page_page where tenant_id = ? and project_id = ?"
                        + " order by updated_at desc, id")
                .params(tenantId, projectId)
                .query(PageStore::page)
                .list();
    }

    /**
     * Saves a new version if the page is still at {@code baseVersion}. The update takes the row
     * lock: of two saves from the same version, the second waits for the first, then finds the
     * version moved on and changes nothing. Returns whether this save won.
     */
    boolean saveIfAt(Page saved, int baseVersion) {
        int updated = jdbc.sql("update page_page set title = :title, content = :content, version = :version,"
                        + " share_customers = :customers, share_organisations = cast(:organisations as uuid[]),"
                        + " updated_by = :by, updated_at = :at where id = :id and version = :base")
                .param("title", saved.title())
                .param("content", saved.content())
                .param("version", saved.version())
                .param("customers", saved.sharing().customers())
                .param("organisations", array(saved.sharing()))
                .param("by", saved.updatedBy())
                .param("at", Timestamp.from(saved.updatedAt()))
                .param("id", saved.id())
                .param("base", baseVersion)
                .update();
        if (updated == 1) {
            insertVersion(saved);
        }
        return updated == 1;
    }

    List<PageVersion> versions(UUID pageId) {
        return jdbc.sql("select version, title, '' as content, saved_by, saved_at from page_version"
                        + " where page_id = ? order by version desc")
                .param(pageId)
                .query(PageStore::version)
                .list();
    }

    Optional<PageVersion> version(UUID pageId, int version) {
        return jdbc.sql("select version, title, content, saved_by, saved_at from page_version"
                        + " where page_id = ? and version = ?")
                .params(pageId, version)
                .query(PageStore::version)
                .optional();
    }

    private void insertVersion(Page page) {
        jdbc.sql("insert into page_version (page_id, version, title, content, saved_by, saved_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        page.id(),
                        page.version(),
                        page.title(),
                        page.content(),
                        page.updatedBy(),
                        Timestamp.from(page.updatedAt()))
                .update();
    }

    private static String array(Sharing sharing) {
        return sharing.organisationIds().stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Page page(ResultSet rs, int i) throws SQLException {
        Array organisations = rs.getArray("share_organisations");
        return new Page(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("title"),
                rs.getString("content"),
                rs.getInt("version"),
                Sharing.of(rs.getBoolean("share_customers"), Arrays.asList((UUID[]) organisations.getArray())),
                rs.getObject("created_by", UUID.class),
                instant(rs.getTimestamp("created_at")),
                rs.getObject("updated_by", UUID.class),
                instant(rs.getTimestamp("updated_at")));
    }

    private static PageVersion version(ResultSet rs, int i) throws SQLException {
        return new PageVersion(
                rs.getInt("version"),
                rs.getString("title"),
                rs.getString("content"),
                rs.getObject("saved_by", UUID.class),
                instant(rs.getTimestamp("saved_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
