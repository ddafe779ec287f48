package io.crossflow.document.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where version bytes live. Keys are chosen by the caller (fresh, random, never a file name) and
 * written once; objects are never changed. The contract ({@code DocumentStoreContract} in the tests)
 * runs against every implementation.
 */
public interface DocumentStore {

    /**
     * Streams the content under the key until its end. On any failure (the stream's, the store's)
     * it throws, and nothing remains under the key.
     */
    void write(String key, InputStream content) throws IOException;

    /** The object's bytes; {@link java.io.FileNotFoundException} if there is none. */
    InputStream read(String key) throws IOException;

    boolean exists(String key);

    /** Removes the object if it is there. */
    void delete(String key) throws IOException;

    /** Keys are {@code [A-Za-z0-9-]} segments joined by '/': nothing a file name could smuggle in. */
    static String checkKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9-]+(/[A-Za-z0-9-]+)*") || key.length() > 300) {
            throw new IllegalArgumentException("Not a valid storage key: " + key);
        }
        return key;
    }
}
