package io.crossflow.system.internal;

import io.crossflow.system.SystemProperties;
import org.springframework.core.env.Environment;

/**
 * The threads that may hold a database connection at the same time, each at most one: the pool must
 * have a connection for every one of them, so none ever waits for a connection and none can starve
 * another. That sum is only a bound because no thread ever holds two connections at once: after-commit
 * work runs on the listener threads once the request released its connection
 * (docs/adr/0003-durable-event-handover.md), and {@code REQUIRES_NEW} is refused by ModularityTest.
 *
 * @param requestThreads {@code server.tomcat.threads.max}
 * @param listenerThreads {@code crossflow.system.events.listener-threads}
 * @param jobThreads the Camunda job executor's threads and its acquisition thread (none when it is off)
 * @param schedulerThreads {@code spring.task.scheduling.pool.size}: the outbox, overdue and resubmission passes
 * @param extractionThreads document text extraction and its indexer
 * @param reserve the engine's own short transactions outside these threads (metrics reporter) and start-up
 */
record ConnectionBudget(
        int requestThreads,
        int listenerThreads,
        int jobThreads,
        int schedulerThreads,
        int extractionThreads,
        int reserve) {

    static final int RESERVE = 3;

    static ConnectionBudget of(Environment env, SystemProperties.Events events) {
        boolean jobs = env.getProperty("camunda.bpm.job-execution.enabled", Boolean.class, true);
        return new ConnectionBudget(
                env.getProperty("server.tomcat.threads.max", Integer.class, 200),
                events.listenerThreads(),
                jobs ? env.getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class, 10) + 1 : 0,
                env.getProperty("spring.task.scheduling.pool.size", Integer.class, 1),
                env.getProperty("crossflow.document.extraction.threads", Integer.class, 2) + 1,
                RESERVE);
    }

    int required() {
        return requestThreads + listenerThreads + jobThreads + schedulerThreads + extractionThreads + reserve;
    }

    /** Refuses a pool smaller than the budget: under load some thread would wait, or time out, for a connection. */
    void check(int poolSize) {
        if (poolSize < required()) {
            throw new IllegalStateException("crossflow.system.database.pool-size is " + poolSize + " but up to "
                    + required() + " threads may hold a connection at the same time (" + this
                    + "); raise the pool size or lower server.tomcat.threads.max");
        }
    }

    @Override
    public String toString() {
        return requestThreads + " request + " + listenerThreads + " event listener + " + jobThreads + " job executor + "
                + schedulerThreads + " scheduler + " + extractionThreads + " extraction threads + " + reserve
                + " reserve";
    }
}
