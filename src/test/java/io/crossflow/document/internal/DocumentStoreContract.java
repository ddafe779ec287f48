package io.crossflow.document.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} promises; each implementation runs it ({@code
 * FileSystemDocumentStoreTest}, {@code S3DocumentStoreTest}).
 */
abstract class DocumentStoreContract {

    /** The store under test, fresh for each test. */
    abstract DocumentStore store() throws Exception;

    static String freshKey() {
        return UUID.randomUUID() + "/" + UUID.randomUUID();
    }

    @Test
    void writtenBytesReadBackExactly() throws Exception {
        DocumentStore store = store();
        String key = freshKey();
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);

        store.write(key, new java.io.ByteArrayInputStream(content));

        assertThat(store.exists(key)).isTrue();
        try (InputStream in = store.read(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void emptyContentIsAnObjectToo() throws Exception {
        DocumentStore store = store();
        String key = freshKey();
        store.write(key, InputStream.nullInputStream());
        try (InputStream in = store.read(key)) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void aStreamFailingMidwayLeavesNoObject() throws Exception {
        DocumentStore store = store();
        String key = freshKey();

        assertThatThrownBy(() -> store.write(key, new FailingStream(256 * 1024)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("connection lost");

        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.read(key)).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void aMissingObjectIsNotFound() throws Exception {
        DocumentStore store = store();
        String key = freshKey();
        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.read(key)).isInstanceOf(FileNotFoundException.class);
    }

    @Test
    void deleteRemovesTheObjectAndMayBeRepeated() throws Exception {
        DocumentStore store = store();
        String key = freshKey();
        store.write(key, new java.io.ByteArrayInputStream("gone soon".getBytes(UTF_8)));

        store.delete(key);
        store.delete(key);

        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void keysThatCouldEscapeTheStoreAreRefused() throws Exception {
        DocumentStore store = store();
        for (String key : new String[] {"../../etc/passwd", "/etc/passwd", "a/../../b", "a b", "", "a//b", "a\\b"}) {
            assertThatThrownBy(() -> store.write(key, InputStream.nullInputStream()))
                    .as(key)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** Delivers some bytes, then fails like a dropped client connection. */
    static final class FailingStream extends InputStream {

        private long left;

        FailingStream(long bytesBeforeFailure) {
            this.left = bytesBeforeFailure;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("connection lost");
            }
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("connection lost");
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
        }
    }
}
