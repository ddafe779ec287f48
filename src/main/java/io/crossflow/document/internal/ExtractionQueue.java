package io.crossflow.document.internal;

import io.crossflow.document.Document;
import io.crossflow.document.DocumentProperties;
import io.crossflow.document.ExtractionStatus;
import io.crossflow.search.Audience;
import io.crossflow.search.SearchEntry;
import io.crossflow.search.SearchIndex;
import io.crossflow.search.SearchKinds;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs text extraction after the upload committed, then indexing. The {@code doc_version} row is the
 * job: {@code PENDING} until a node claims it ({@code RUNNING}, with the claim time), then DONE,
 * FAILED or SKIPPED; then {@code indexed_at} once its text reached the search index. Extraction and
 * indexing are two stages with their own workers: the search module's analysis (Chinese word
 * segmentation of every character) costs about as much as Tika's parse and must not hold up the
 * extraction of the next upload. A committed upload is handed to the extraction pool at once, an
 * extracted version to the indexer; whatever a pool cannot take, and whatever a stopped node left
 * behind, the poller picks up, so both stages survive restarts. The hand-over from the upload goes
 * through the event publication registry like every other after-commit hand-over. The uploader never sees an
 * extraction error: it is recorded on the version.
 */
@Component
public class ExtractionQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ExtractionQueue.class);

    private final JdbcClient jdbc;
    private final DocumentStore store;
    private final DocumentRecords records;
    private final TextExtractor extractor;
    private final SearchIndex search;
    private final DocumentProperties.Extraction limits;
    private final ThreadPoolExecutor pool;
    private final ThreadPoolExecutor indexer;
    private final TransactionTemplate transactions;
    private volatile boolean paused;

    ExtractionQueue(
            JdbcClient jdbc,
            DocumentStore store,
            DocumentRecords records,
            TextExtractor extractor,
            SearchIndex search,
            DocumentProperties properties,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.store = store;
        this.records = records;
        this.extractor = extractor;
        this.search = search;
        this.transactions = new TransactionTemplate(transactionManager);
        this.limits = properties.extraction();
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                limits.threads(),
                limits.threads(),
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queueCapacity()),
                r -> {
                    Thread t = new Thread(r, "doc-extract-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.indexer = new ThreadPoolExecutor(
                1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(limits.queueCapacity()), r -> {
                    Thread t = new Thread(r, "doc-index");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** A version was stored; published inside the upload's transaction. */
    public record VersionStored(UUID tenantId, UUID documentId, int number) {}

    /**
     * The committed upload's hand-over (docs/adr/0003-durable-event-handover.md): on a listener
     * thread, outside any transaction; it only hands the version to the extraction pool, which takes
     * its own connection. A full pool leaves the version PENDING for the poller.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void stored(VersionStored event) {
        if (!paused) {
            submit(event.documentId(), event.number());
        }
    }

    /**
     * Stops handing versions to the pool (they stay PENDING) until {@link #resume}; for maintenance
     * and for measuring the extraction stage on its own (ExtractionBench). Running ones finish.
     */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    /** Hands pending and stale versions to the pool; the safety net behind {@link #stored}. */
    @Scheduled(
            fixedDelayString = "${crossflow.document.extraction.poll-interval}",
            initialDelayString = "${crossflow.document.extraction.poll-interval}")
    public void poll() {
        if (paused) {
            return;
        }
        int room = pool.getQueue().remainingCapacity();
        if (room == 0) {
            return;
        }
        List<Job> due = jdbc.sql("""
                        select document_id, number from doc_version
                         where extraction_status = 'PENDING'
                            or (extraction_status = 'RUNNING' and extraction_claimed_at < :stale)
                         order by uploaded_at limit :room
                        """)
                .param(
                        "stale",
                        java.sql.Timestamp.from(
                                Instant.now().minus(limits.timeout().multipliedBy(3))))
                .param("room", room)
                .query((rs, i) -> new Job(rs.getObject("document_id", UUID.class), rs.getInt("number")))
                .list();
        due.forEach(job -> submit(job.documentId(), job.number()));
        int indexRoom = indexer.getQueue().remainingCapacity();
        if (indexRoom > 0) {
            jdbc.sql("select document_id, number from doc_version where indexed_at is null"
                            + " and extraction_status in ('DONE', 'FAILED', 'SKIPPED') order by uploaded_at limit ?")
                    .param(indexRoom)
                    .query((rs, i) -> new Job(rs.getObject("document_id", UUID.class), rs.getInt("number")))
                    .list()
                    .forEach(job -> submitIndexing(job.documentId(), job.number()));
        }
    }

    private void submit(UUID documentId, int number) {
        try {
            pool.execute(() -> {
                run(documentId, number);
                submitIndexing(documentId, number);
            });
        } catch (RejectedExecutionException e) {
            log.debug("Extraction queue full; version {} of {} waits for the poller", number, documentId);
        }
    }

    private void submitIndexing(UUID documentId, int number) {
        try {
            indexer.execute(() -> indexVersion(documentId, number));
        } catch (RejectedExecutionException e) {
            log.debug("Indexing queue full; version {} of {} waits for the poller", number, documentId);
        }
    }

    /**
     * The indexing stage of one extracted version, on the calling thread: its document's name and, if
     * it is still the latest version, its text go into the search index for the document's audience;
     * then the version is marked indexed. Idempotent; a failure leaves it for the poller.
     */
    public void indexVersion(UUID documentId, int number) {
        try {
            // the document's row is locked while its entry is written: a deletion or a sharing change
            // (which lock it too) comes before or after, never between reading and writing the entry
            transactions.executeWithoutResult(status -> {
                jdbc.sql("select tenant_id from doc_document where id = ? and deleted_at is null for update")
                        .param(documentId)
                        .query(UUID.class)
                        .optional()
                        .flatMap(tenant -> records.find(tenant, documentId))
                        .filter(d -> d.latest() != null && d.latest().number() == number)
                        .ifPresent(this::index);
                jdbc.sql("update doc_version set indexed_at = now() where document_id = ? and number = ?"
                                + " and indexed_at is null")
                        .params(documentId, number)
                        .update();
            });
        } catch (RuntimeException e) {
            log.warn("Indexing version {} of document {} failed; the poller tries again", number, documentId, e);
        }
    }

    /**
     * The extraction stage of one version, now, on the calling thread (tests and benchmarks use it to
     * await a result without sleeping): claim, extract, record. Indexing is the next stage ({@link
     * #indexVersion}). Returns its status afterwards.
     */
    public ExtractionStatus run(UUID documentId, int number) {
        if (!claim(documentId, number)) {
            return status(documentId, number);
        }
        TextExtractor.Result result;
        try {
            Stored stored = jdbc.sql(
                            "select storage_key, size_bytes, file_name from doc_version where document_id = ? and number = ?")
                    .params(documentId, number)
                    .query((rs, i) -> new Stored(rs.getString(1), rs.getLong(2), rs.getString(3)))
                    .single();
            InputStream in = store.read(stored.key());
            result = extractor.extract(in, stored.size(), stored.fileName());
        } catch (IOException | RuntimeException e) {
            log.warn("Extraction of version {} of document {} could not read its content", number, documentId, e);
            result = new TextExtractor.Result(ExtractionStatus.FAILED, null, "content unreadable: " + e.getMessage());
        }
        record(documentId, number, result);
        if (result.status() == ExtractionStatus.FAILED) {
            log.info("Extraction of version {} of document {} failed: {}", number, documentId, result.error());
        }
        return result.status();
    }

    private boolean claim(UUID documentId, int number) {
        return jdbc.sql("""
                        update doc_version set extraction_status = 'RUNNING', extraction_claimed_at = now()
                         where document_id = :document and number = :number
                           and (extraction_status = 'PENDING'
                                or (extraction_status = 'RUNNING' and extraction_claimed_at < :stale))
                        """)
                        .param("document", documentId)
                        .param("number", number)
                        .param(
                                "stale",
                                java.sql.Timestamp.from(
                                        Instant.now().minus(limits.timeout().multipliedBy(3))))
                        .update()
                == 1;
    }

    private ExtractionStatus status(UUID documentId, int number) {
        return jdbc.sql("select extraction_status from doc_version where document_id = ? and number = ?")
                .params(documentId, number)
                .query(String.class)
                .optional()
                .map(ExtractionStatus::valueOf)
                .orElse(ExtractionStatus.FAILED);
    }

    private void record(UUID documentId, int number, TextExtractor.Result result) {
        jdbc.sql("""
                        update doc_version set extraction_status = ?, extraction_error = ?, extracted_text = ?,
                                               extracted_at = now()
                         where document_id = ? and number = ?
                        """)
                .params(result.status().name(), result.error(), result.text(), documentId, number)
                .update();
    }

    /** Puts the document's name and its latest version's text into the search index, for its audience. */
    public void index(Document document) {
        index(
                document,
                document.latest() == null
                        ? ""
                        : records.extractedText(document.id(), document.latest().number())
                                .orElse(""));
    }

    private void index(Document document, String text) {
        search.put(new SearchEntry(
                document.tenantId(),
                document.projectId(),
                SearchKinds.DOCUMENT,
                document.id().toString(),
                document.name(),
                text,
                Audience.of(
                        document.sharing().partnerOrganisations(),
                        document.sharing().customers()),
                Instant.now()));
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
        indexer.shutdownNow();
    }

    private record Job(UUID documentId, int number) {}

    private record Stored(String key, long size, String fileName) {}
}
