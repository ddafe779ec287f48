package io.crossflow.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code crossflow.system}.
 *
 * @param embeddedDatabase the Zonky embedded PostgreSQL used by default and in tests
 * @param database an external PostgreSQL, used when the embedded one is disabled (prod profile); its
 *     pool size applies to the embedded one too
 * @param maxRequestBody the largest request body that is not a multipart upload (JSON, process models)
 * @param events the durable hand-over between modules (docs/adr/0003-durable-event-handover.md)
 */
@ConfigurationProperties("crossflow.system")
public record SystemProperties(
        EmbeddedDatabase embeddedDatabase,
        Database database,
        @DefaultValue("5MB") DataSize maxRequestBody,
        Events events) {

    /**
     * @param dataDirectory where the cluster lives; blank means a fresh temporary directory per start
     * @param port 0 picks a free port
     */
    public record EmbeddedDatabase(boolean enabled, Path dataDirectory, int port) {}

    /**
     * @param poolSize connections in the pool; must cover every thread that may hold one at the same
     *     time (request threads, event listeners, job executor, schedulers), checked at start
     */
    public record Database(String url, String username, String password, int poolSize) {}

    /**
     * @param listenerThreads threads running {@code @ApplicationModuleListener}s, each holding at most one
     *     connection at a time
     * @param queueCapacity hand-overs waiting for a listener thread; beyond it they wait in the registry
     *     for the next resubmission
     * @param resubmitInterval how often incomplete hand-overs are looked for
     * @param resubmitAfter how old a hand-over must be before it is resubmitted (younger ones are still
     *     in flight)
     * @param giveUpAfter hand-overs older than this are no longer resubmitted; they stay in the registry
     *     and are reported in the log
     */
    public record Events(
            int listenerThreads,
            int queueCapacity,
            Duration resubmitInterval,
            Duration resubmitAfter,
            Duration giveUpAfter) {}
}
