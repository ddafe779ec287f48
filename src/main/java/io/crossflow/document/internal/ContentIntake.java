package io.crossflow.document.internal;

import io.crossflow.document.DocumentProperties;
import io.crossflow.shared.UserText;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Streams an upload into the store: counted against the size limit, hashed (SHA-256) and
 * content-type detected from its first bytes on the way, never held in memory. The file name is
 * only a display name (sanitised) and a detection hint inside what the bytes allow.
 */
@Component
public class ContentIntake {

    private static final int DETECTION_BYTES = 64 * 1024;

    private final DocumentStore store;
    private final long maxBytes;
    private final MimeTypes mimeTypes = TikaConfig.getDefaultConfig().getMimeRepository();

    ContentIntake(DocumentStore store, DocumentProperties properties) {
        this.store = store;
        this.maxBytes = properties.maxFileSize().toBytes();
    }

    /** Writes the stream under a fresh key of the tenant; nothing remains in the store if it throws. */
    public StoredContent store(UUID tenantId, InputStream in, String clientFileName) throws IOException {
        String fileName = sanitise(clientFileName);
        String key = tenantId + "/" + UUID.randomUUID();
        MessageDigest sha = sha256();
        Limited limited = new Limited(in, maxBytes);
        BufferedInputStream buffered =
                new BufferedInputStream(new DigestInputStream(limited, sha), DETECTION_BYTES * 2);
        buffered.mark(DETECTION_BYTES);
        byte[] head = buffered.readNBytes(DETECTION_BYTES);
        buffered.reset();
        String contentType = detect(head, fileName);
        try {
            store.write(key, buffered);
        } catch (IOException | RuntimeException e) {
            store.delete(key);
            throw e;
        }
        return new StoredContent(key, limited.count, HexFormat.of().formatHex(sha.digest()), contentType, fileName);
    }

    String detect(byte[] head, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type = mimeTypes.detect(new ByteArrayInputStream(head), metadata);
        return type.getBaseType().toString();
    }

    /**
     * What the client called the file as it is shown: {@link UserText#fileName} (last path segment,
     * refused with 400 for control and text-direction characters, shortened keeping the extension),
     * with the characters file systems and headers treat specially replaced by "_".
     */
    public static String sanitise(String name) {
        return special(UserText.fileName("file", name));
    }

    /** A typed document name: {@link UserText#name}, then like a file name. */
    public static String sanitiseName(String name) {
        String typed = UserText.name("name", name, UserText.MAX_NAME);
        return special(UserText.fileName("name", typed));
    }

    private static String special(String name) {
        return name.replaceAll("[<>:\"|?*]", "_");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes and stops the upload at the limit (413), whatever the client declared. */
    private static final class Limited extends FilterInputStream {

        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > max) {
                throw new MaxUploadSizeExceededException(max);
            }
        }
    }
}
