package io.crossflow.document.internal;

import io.crossflow.document.Document;
import io.crossflow.document.DocumentComment;
import io.crossflow.document.DocumentType;
import io.crossflow.document.DocumentVersion;
import io.crossflow.document.ExtractionStatus;
import io.crossflow.document.Sharing;
import io.crossflow.document.TargetType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's tables ({@code doc_*}); no access checks: the callers decide who may see what. */
@Repository
public class DocumentRecords {

    private static final String VERSION_COLUMNS = """
            document_id, number, size_bytes, sha256, content_type, file_name, restored_from, uploaded_by,
            uploaded_at, extraction_status, extraction_error, indexed_at
            """;

    private final JdbcClient jdbc;

    DocumentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new document row (version 0: its first version follows). */
    public void insertDocument(
            UUID id,
            UUID tenantId,
            UUID projectId,
            TargetType targetType,
            String targetId,
            String processInstanceId,
            DocumentType type,
            String name,
            Sharing sharing,
            UUID ownerOrganisationId,
            UUID createdBy) {
        jdbc.sql("""
                        insert into doc_document (id, tenant_id, project_id, target_type, target_id, process_instance_id,
                                                  type, name, share_customers, owner_organisation_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        projectId,
                        targetType.name(),
                        targetId,
                        processInstanceId,
                        type.name(),
                        name,
                        sharing.customers(),
                        ownerOrganisationId,
                        createdBy)
                .update();
        replaceShares(id, sharing);
    }

    public void updateSharing(UUID documentId, Sharing sharing) {
        jdbc.sql("update doc_document set share_customers = ? where id = ?")
                .params(sharing.customers(), documentId)
                .update();
        replaceShares(documentId, sharing);
    }

    private void replaceShares(UUID documentId, Sharing sharing) {
        jdbc.sql("delete from doc_share where document_id = ?")
                .param(documentId)
                .update();
        for (UUID organisation : sharing.partnerOrganisations()) {
            jdbc.sql("insert into doc_share (document_id, organisation_id) values (?, ?)")
                    .params(documentId, organisation)
                    .update();
        }
    }

    /**
     * Appends the next version, locking the document row so concurrent uploads number in turn.
     * Returns its number.
     */
    public int insertVersion(UUID documentId, StoredContent content, Integer restoredFrom, UUID uploadedBy) {
        int number = jdbc.sql(
                        "update doc_document set latest_version = latest_version + 1 where id = ? returning latest_version")
                .param(documentId)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into doc_version (document_id, number, storage_key, size_bytes, sha256, content_type,
                                                 file_name, restored_from, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        documentId,
                        number,
                        content.key(),
                        content.size(),
                        content.sha256(),
                        content.contentType(),
                        content.fileName(),
                        restoredFrom,
                        uploadedBy)
                .update();
        return number;
    }

    public void markDeleted(UUID documentId, UUID by) {
        jdbc.sql("update doc_document set deleted_at = now(), deleted_by = ? where id = ? and deleted_at is null")
                .params(by, documentId)
                .update();
    }

    /** The tenant's document unless it is deleted. */
    public Optional<Document> find(UUID tenantId, UUID documentId) {
        return jdbc.sql("select * from doc_document where tenant_id = ? and id = ? and deleted_at is null")
                .params(tenantId, documentId)
                .query((rs, i) -> row(rs))
                .optional()
                .map(this::complete);
    }

    public List<Document> inProject(UUID tenantId, UUID projectId, TargetType targetType, String targetId) {
        String sql =
                "select * from doc_document where tenant_id = :tenant and project_id = :project and deleted_at is null"
                        + (targetType == null ? "" : " and target_type = :targetType")
                        + (targetId == null ? "" : " and target_id = :targetId")
                        + " order by created_at desc, id";
        var statement = jdbc.sql(sql).param("tenant", tenantId).param("project", projectId);
        if (targetType != null) {
            statement = statement.param("targetType", targetType.name());
        }
        if (targetId != null) {
            statement = statement.param("targetId", targetId);
        }
        return statement.query((rs, i) -> row(rs)).list().stream()
                .map(this::complete)
                .toList();
    }

    /** Documents of the type attached to the task or to any task of its process instance. */
    public List<Document> forTask(UUID tenantId, String taskId, String processInstanceId) {
        return jdbc
                .sql("""
                        select * from doc_document
                         where tenant_id = :tenant and deleted_at is null and latest_version > 0
                           and ((target_type = 'TASK' and target_id = :task)
                                or (cast(:instance as text) is not null and process_instance_id = :instance))
                         order by created_at, id
                        """)
                .param("tenant", tenantId)
                .param("task", taskId)
                .param("instance", processInstanceId)
                .query((rs, i) -> row(rs))
                .list()
                .stream()
                .map(this::complete)
                .toList();
    }

    public List<DocumentVersion> versions(UUID documentId) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from doc_version where document_id = ? order by number desc")
                .param(documentId)
                .query((rs, i) -> version(rs))
                .list();
    }

    public Optional<DocumentVersion> version(UUID documentId, int number) {
        return jdbc.sql("select " + VERSION_COLUMNS + " from doc_version where document_id = ? and number = ?")
                .params(documentId, number)
                .query((rs, i) -> version(rs))
                .optional();
    }

    public String storageKey(UUID documentId, int number) {
        return jdbc.sql("select storage_key from doc_version where document_id = ? and number = ?")
                .params(documentId, number)
                .query(String.class)
                .single();
    }

    public Optional<String> extractedText(UUID documentId, int number) {
        return jdbc.sql("select extracted_text from doc_version where document_id = ? and number = ?")
                .params(documentId, number)
                .query(String.class)
                .optional();
    }

    public UUID insertComment(UUID documentId, Integer version, UUID authorId, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into doc_comment (id, document_id, version, author_id, body) values (?, ?, ?, ?, ?)")
                .params(id, documentId, version, authorId, body)
                .update();
        return id;
    }

    /** How many comments each of the documents has; a document without comments is absent. */
    public Map<UUID, Integer> commentCounts(Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql(
                        "select document_id, count(*) as n from doc_comment where document_id in (:ids) group by document_id")
                .param("ids", documentIds)
                .query((rs, i) -> Map.entry(rs.getObject("document_id", UUID.class), rs.getInt("n")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public List<DocumentComment> comments(UUID documentId) {
        return jdbc.sql("select * from doc_comment where document_id = ? order by created_at, id")
                .param(documentId)
                .query((rs, i) -> new DocumentComment(
                        rs.getObject("id", UUID.class),
                        rs.getObject("document_id", UUID.class),
                        (Integer) rs.getObject("version"),
                        rs.getObject("author_id", UUID.class),
                        rs.getString("body"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private Document complete(Document d) {
        Set<UUID> shares = new HashSet<>(jdbc.sql("select organisation_id from doc_share where document_id = ?")
                .param(d.id())
                .query(UUID.class)
                .list());
        DocumentVersion latest =
                d.latest() == null ? null : version(d.id(), d.latest().number()).orElse(null);
        return new Document(
                d.id(),
                d.tenantId(),
                d.projectId(),
                d.targetType(),
                d.targetId(),
                d.processInstanceId(),
                d.type(),
                d.name(),
                new Sharing(shares, d.sharing().customers()),
                d.ownerOrganisationId(),
                d.createdBy(),
                d.createdAt(),
                latest);
    }

    private static Document row(ResultSet rs) throws SQLException {
        int latest = rs.getInt("latest_version");
        UUID id = rs.getObject("id", UUID.class);
        return new Document(
                id,
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                TargetType.valueOf(rs.getString("target_type")),
                rs.getString("target_id"),
                rs.getString("process_instance_id"),
                DocumentType.valueOf(rs.getString("type")),
                rs.getString("name"),
                new Sharing(Set.of(), rs.getBoolean("share_customers")),
                rs.getObject("owner_organisation_id", UUID.class),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                latest == 0
                        ? null
                        : new DocumentVersion(id, latest, 0, null, null, null, null, null, null, null, null, null));
    }

    private static DocumentVersion version(ResultSet rs) throws SQLException {
        return new DocumentVersion(
                rs.getObject("document_id", UUID.class),
                rs.getInt("number"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("content_type"),
                rs.getString("file_name"),
                (Integer) rs.getObject("restored_from"),
                rs.getObject("uploaded_by", UUID.class),
                rs.getTimestamp("uploaded_at").toInstant(),
                ExtractionStatus.valueOf(rs.getString("extraction_status")),
                rs.getString("extraction_error"),
                rs.getTimestamp("indexed_at") == null
                        ? null
                        : rs.getTimestamp("indexed_at").toInstant());
    }
}
