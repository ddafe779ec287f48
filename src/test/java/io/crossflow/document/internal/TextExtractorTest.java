package io.crossflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.document.DocumentProperties;
import io.crossflow.document.ExtractionStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The extractor's limits without Spring: each hostile input ends in a clear result. */
class TextExtractorTest {

    final TextExtractor extractor = new TextExtractor(new DocumentProperties(
            DataSize.ofMegabytes(100),
            null,
            new DocumentProperties.Extraction(
                    Duration.ofSeconds(20),
                    DataSize.ofMegabytes(50),
                    100_000,
                    100,
                    10,
                    1,
                    10,
                    Duration.ofSeconds(10))));

    @AfterEach
    void stop() {
        extractor.destroy();
    }

    @Test
    void aZipBombFailsAsSuch() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        byte[] bomb = bytes.toByteArray();

        TextExtractor.Result result = extractor.extract(new ByteArrayInputStream(bomb), bomb.length, "bomb.zip");

        assertThat(result.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(result.error()).containsIgnoringCase("zip bomb");
    }

    @Test
    void textBeyondTheCharacterLimitIsCut() {
        byte[] text = "word ".repeat(50_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        TextExtractor.Result result = extractor.extract(new ByteArrayInputStream(text), text.length, "long.txt");

        assertThat(result.status()).isEqualTo(ExtractionStatus.DONE);
        assertThat(result.text().length()).isLessThanOrEqualTo(100_000);
        assertThat(result.error()).contains("cut at 100000 characters");
    }

    @Test
    void aVersionOverTheByteLimitIsSkipped() {
        TextExtractor.Result result = extractor.extract(
                new ByteArrayInputStream(new byte[0]), DataSize.ofMegabytes(51).toBytes(), "huge.txt");

        assertThat(result.status()).isEqualTo(ExtractionStatus.SKIPPED);
    }
}
