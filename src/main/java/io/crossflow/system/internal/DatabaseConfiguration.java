package io.crossflow.system.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crossflow.system.SystemProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link DataSource}: the embedded PostgreSQL by default, an external one in production.
 * Camunda, Flyway and our repositories share it and its transaction manager, so the inbox read
 * model is written in the engine's own transaction. The pool is sized to the threads that may hold a
 * connection at once ({@link ConnectionBudget}), so no thread ever waits for one; that holds only
 * because no thread holds two (docs/adr/0003-durable-event-handover.md).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "crossflow.system.embedded-database.enabled", havingValue = "true")
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(SystemProperties properties) throws IOException {
            SystemProperties.EmbeddedDatabase settings = properties.embeddedDatabase();
            boolean persistent = settings.dataDirectory() != null
                    && !settings.dataDirectory().toString().isBlank();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // Spring stops the database (destroyMethod) after the engine and the pool. Zonky's own
                    // JVM shutdown hook would run alongside Spring's and stop it first, leaving the engine's
                    // final metrics flush waiting 30 s for a connection at every JVM exit.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", persistent ? "on" : "off")
                    .setServerConfig("synchronous_commit", persistent ? "on" : "off");
            if (persistent) {
                Path directory = settings.dataDirectory().toAbsolutePath().normalize();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info(
                    "Embedded PostgreSQL listening: jdbc:postgresql://localhost:{}/postgres (user postgres){}",
                    postgres.getPort(),
                    persistent ? ", data in " + settings.dataDirectory() : ", temporary data");
            return postgres;
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres, SystemProperties properties, Environment environment) {
            return pool(
                    "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "postgres",
                    "postgres",
                    poolSize(properties, environment));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "crossflow.system.embedded-database.enabled", havingValue = "false")
    static class External {

        @Bean
        DataSource dataSource(SystemProperties properties, Environment environment) {
            SystemProperties.Database db = properties.database();
            List<String> missing = new ArrayList<>();
            if (db == null || isBlank(db.url())) missing.add("CROSSFLOW_DB_URL");
            if (db == null || isBlank(db.username())) missing.add("CROSSFLOW_DB_USER");
            if (db == null || isBlank(db.password())) missing.add("CROSSFLOW_DB_PASSWORD");
            if (!missing.isEmpty()) {
                throw new MissingDatabaseSettingsException(missing);
            }
            return pool(db.url(), db.username(), db.password(), poolSize(properties, environment));
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** The configured pool size, refused at start when it does not cover {@link ConnectionBudget}. */
    private static int poolSize(SystemProperties properties, Environment environment) {
        int size = properties.database().poolSize();
        ConnectionBudget budget = ConnectionBudget.of(environment, properties.events());
        budget.check(size);
        log.info("Database pool: {} connections for {}", size, budget);
        return size;
    }

    private static DataSource pool(String url, String user, String password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(size);
        config.setPoolName("crossflow");
        return new HikariDataSource(config);
    }
}
