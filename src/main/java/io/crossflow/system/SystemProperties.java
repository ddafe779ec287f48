package io.crossflow.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code crossflow.system}.
 *
 * @param embeddedDatabase the Zonky embedded PostgreSQL used by default and in tests
 * @param database an external PostgreSQL, used when the embedded one is disabled (prod profile)
 */
@ConfigurationProperties("crossflow.system")
public record SystemProperties(EmbeddedDatabase embeddedDatabase, Database database) {

    /**
     * @param dataDirectory where the cluster lives; blank means a fresh temporary directory per start
     * @param port 0 picks a free port
     */
    public record EmbeddedDatabase(boolean enabled, Path dataDirectory, int port) {}

    public record Database(String url, String username, String password) {}
}
