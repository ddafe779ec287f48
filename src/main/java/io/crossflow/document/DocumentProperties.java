package io.crossflow.document;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code crossflow.document}; the documented defaults are in {@code application.yml}.
 *
 * @param maxFileSize the largest upload; larger ones answer 413 before their body is read
 * @param storage where the versions' bytes live
 * @param extraction limits of the text extraction that runs after each upload
 */
@ConfigurationProperties("crossflow.document")
public record DocumentProperties(DataSize maxFileSize, Storage storage, Extraction extraction) {

    /**
     * @param type {@code filesystem} (default) or {@code s3}
     * @param root the directory of the file-system store
     * @param bucket, endpoint, region, accessKey, secretKey, pathStyle the S3-compatible store
     */
    public record Storage(
            String type,
            String root,
            String bucket,
            String endpoint,
            String region,
            String accessKey,
            String secretKey,
            boolean pathStyle) {}

    /**
     * @param timeout the longest one extraction may run; then it is abandoned and recorded FAILED
     * @param maxBytes versions larger than this are not extracted (SKIPPED)
     * @param maxCharacters extracted text is cut here
     * @param maxCompressionRatio, maxPackageDepth zip-bomb protection (Tika's SecureContentHandler)
     * @param threads parallel extractions per node
     * @param queueCapacity uploads waiting for an extraction thread; beyond it the poller picks them up
     * @param pollInterval how often the poller looks for pending extractions (after a restart, overflow)
     */
    public record Extraction(
            Duration timeout,
            DataSize maxBytes,
            int maxCharacters,
            long maxCompressionRatio,
            int maxPackageDepth,
            int threads,
            int queueCapacity,
            Duration pollInterval) {}
}
