package io.crossflow.document.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Objects as files under one root directory. A write goes to a temporary file in {@code .tmp}
 * first and is moved into place only when complete, so a failed or interrupted upload leaves no
 * object behind.
 */
public class FileSystemDocumentStore implements DocumentStore {

    private final Path root;
    private final Path temp;

    public FileSystemDocumentStore(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.temp = this.root.resolve(".tmp");
        Files.createDirectories(temp);
    }

    @Override
    public void write(String key, InputStream content) throws IOException {
        Path target = path(key);
        Path part = temp.resolve(UUID.randomUUID() + ".part");
        try {
            Files.copy(content, part);
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    @Override
    public InputStream read(String key) throws IOException {
        try {
            return Files.newInputStream(path(key));
        } catch (NoSuchFileException e) {
            throw new FileNotFoundException("No object " + key);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        Path path = root.resolve(DocumentStore.checkKey(key)).normalize();
        if (!path.startsWith(root) || path.startsWith(temp)) {
            throw new IllegalArgumentException("Storage key outside the store: " + key);
        }
        return path;
    }
}
