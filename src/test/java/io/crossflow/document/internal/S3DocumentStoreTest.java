package io.crossflow.document.internal;

import com.adobe.testing.s3mock.S3MockApplication;
import io.crossflow.document.DocumentProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The store contract against S3Mock, started in this JVM. S3Mock is a Spring Boot application
 * itself: it gets no config files of ours ({@code spring.config.location}) and none of the
 * application's auto-configurations that need a database, the engine or security; the settings of
 * its own {@code application.properties} (which the test class path shadows, see
 * {@code src/test/resources/application.properties}) are passed as arguments.
 */
class S3DocumentStoreTest extends DocumentStoreContract {

    static final String BUCKET = "crossflow-contract";

    static S3MockApplication s3mock;
    static S3Client client;

    @BeforeAll
    static void startS3Mock() throws Exception {
        Path root = Files.createTempDirectory("s3mock");
        Map<String, Object> properties = new HashMap<>();
        properties.put(S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT);
        properties.put(S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT);
        properties.put(S3MockApplication.PROP_INITIAL_BUCKETS, BUCKET);
        properties.put(S3MockApplication.PROP_ROOT_DIRECTORY, root.toString());
        properties.put(S3MockApplication.PROP_SILENT, true);
        s3mock = S3MockApplication.start(
                properties,
                "--spring.config.location=optional:file:" + root.resolve("no-config") + "/",
                "--spring.autoconfigure.exclude=" + S3MockExclusions.list(),
                "--spring.main.lazy-initialization=true",
                "--spring.jmx.enabled=false",
                // S3Mock's own application.properties, shadowed on the test class path by ours
                "--com.adobe.testing.s3mock.region=us-east-1",
                "--server.tomcat.max-swallow-size=10MB",
                "--management.endpoints.web.discovery.enabled=false");
        client = StoreConfiguration.s3Client(new DocumentProperties.Storage(
                "s3", null, BUCKET, "http://localhost:" + s3mock.getHttpPort(), "us-east-1", "test", "test", true));
    }

    @AfterAll
    static void stopS3Mock() {
        if (client != null) {
            client.close();
        }
        if (s3mock != null) {
            s3mock.stop();
        }
    }

    @Override
    DocumentStore store() {
        return new S3DocumentStore(client, BUCKET);
    }
}
