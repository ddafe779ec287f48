package io.crossflow.document.internal;

import io.crossflow.document.DocumentProperties;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The one {@link DocumentStore}: {@code crossflow.document.storage.type} picks file system or S3.
 * Scheduling is on for the extraction poller ({@link ExtractionQueue#poll}), whatever other modules do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
@EnableScheduling
class StoreConfiguration {

    @Bean
    DocumentStore documentStore(DocumentProperties properties) throws IOException {
        DocumentProperties.Storage storage = properties.storage();
        if ("s3".equalsIgnoreCase(storage.type())) {
            return new S3DocumentStore(s3Client(storage), storage.bucket());
        }
        return new FileSystemDocumentStore(Path.of(storage.root()));
    }

    static S3Client s3Client(DocumentProperties.Storage storage) {
        var builder = S3Client.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .region(Region.of(
                        storage.region() == null || storage.region().isBlank() ? "us-east-1" : storage.region()))
                .forcePathStyle(storage.pathStyle());
        if (storage.endpoint() != null && !storage.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(storage.endpoint()));
        }
        if (storage.accessKey() != null && !storage.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(storage.accessKey(), storage.secretKey())));
        }
        return builder.build();
    }
}
