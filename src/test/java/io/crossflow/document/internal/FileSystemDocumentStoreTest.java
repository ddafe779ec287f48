package io.crossflow.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path root;

    @Override
    DocumentStore store() throws Exception {
        return new FileSystemDocumentStore(root.resolve("store"));
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileEither() throws Exception {
        DocumentStore store = store();
        try {
            store.write(freshKey(), new FailingStream(10_000));
        } catch (java.io.IOException expected) {
            // the contract's test checks the object; this one the spool
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void objectsLiveInsideTheRootOnly() throws Exception {
        DocumentStore store = store();
        String key = freshKey();
        store.write(key, new ByteArrayInputStream(new byte[] {1, 2, 3}));
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile))
                    .singleElement()
                    .satisfies(
                            p -> assertThat(p.startsWith(root.resolve("store"))).isTrue());
        }
    }
}
