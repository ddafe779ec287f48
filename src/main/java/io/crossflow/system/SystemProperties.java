package io.crossflow.system;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code crossflow.system}.
 *
 * @param embeddedDatabase the Zonky embedded PostgreSQL used by default and in tests
 * @param database an external PostgreSQL, used when the embedded one is disabled (prod profile)
 * @param maxRequestBody the largest request body that is not a multipart upload (JSON, process models)
 */
@ConfigurationProperties("crossflow.system")
public record SystemProperties(
        EmbeddedDatabase embeddedDatabase,
        Database database,
        @DefaultValue("5MB") DataSize maxRequestBody) {

    /**
     * @param dataDirectory where the cluster lives; blank means a fresh temporary directory per start
     * @param port 0 picks a free port
     */
    public record EmbeddedDatabase(boolean enabled, Path dataDirectory, int port) {}

    public record Database(String url, String username, String password) {}
}
