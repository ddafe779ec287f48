package io.crossflow.search.internal;

import io.crossflow.project.WorkItems;
import io.crossflow.search.SearchKinds;
import io.crossflow.ticket.Tickets;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the index up to date at start-up, after the demo data is seeded: entries analysed by an
 * older {@link TextAnalyzer} (or none) are analysed again from their own text, and work items and
 * tickets that existed before they were indexed are indexed once per analysis version (recorded in
 * {@code srch_backfill}). Idempotent; on several nodes the row lock on {@code srch_backfill} lets
 * one node do each source.
 */
@Component
class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final JdbcSearchIndex index;
    private final PlanIndexer plan;
    private final WorkItems workItems;
    private final Tickets tickets;
    private final TransactionTemplate transactions;

    IndexMaintenance(
            JdbcClient jdbc,
            JdbcSearchIndex index,
            PlanIndexer plan,
            WorkItems workItems,
            Tickets tickets,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.index = index;
        this.plan = plan;
        this.workItems = workItems;
        this.tickets = tickets;
        this.transactions = transactions;
    }

    @Order(20)
    @EventListener(ApplicationReadyEvent.class)
    void bringUpToDate() {
        int reanalysed = 0;
        int done;
        do {
            done = transactions.execute(s -> index.reanalyse(BATCH));
            reanalysed += done;
        } while (done == BATCH);
        backfill(
                SearchKinds.WORK_ITEM,
                count -> workItems.forEach(item -> {
                    plan.index(item);
                    count.incrementAndGet();
                }));
        backfill(
                SearchKinds.TICKET,
                count -> tickets.forEach(ticket -> {
                    plan.index(ticket);
                    count.incrementAndGet();
                }));
        if (reanalysed > 0) {
            log.info("Search index: analysed {} entries again", reanalysed);
        }
    }

    private void backfill(String source, java.util.function.Consumer<AtomicInteger> work) {
        transactions.executeWithoutResult(s -> {
            jdbc.sql("insert into srch_backfill (source, analyzer_version) values (?, 0) on conflict do nothing")
                    .param(source)
                    .update();
            int version = jdbc.sql("select analyzer_version from srch_backfill where source = ? for update")
                    .param(source)
                    .query(Integer.class)
                    .single();
            if (version >= TextAnalyzer.VERSION) {
                return;
            }
            AtomicInteger count = new AtomicInteger();
            work.accept(count);
            jdbc.sql("update srch_backfill set analyzer_version = ?, done_at = now() where source = ?")
                    .params(TextAnalyzer.VERSION, source)
                    .update();
            log.info("Search index: back-filled {} {} entries", count.get(), source);
        });
    }
}
