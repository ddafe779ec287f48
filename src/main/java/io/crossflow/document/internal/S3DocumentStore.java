package io.crossflow.document.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in one bucket of an S3-compatible store. An upload's length is unknown while it streams,
 * so it is spooled to a temporary file first (never held in memory) and put in one request: the
 * object appears complete or not at all.
 */
public class S3DocumentStore implements DocumentStore {

    private final S3Client s3;
    private final String bucket;

    public S3DocumentStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void write(String key, InputStream content) throws IOException {
        DocumentStore.checkKey(key);
        Path spool = Files.createTempFile("crossflow-upload-", ".part");
        try {
            Files.copy(content, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(spool));
        } catch (S3Exception e) {
            throw new IOException("The object store refused " + key + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public InputStream read(String key) throws IOException {
        DocumentStore.checkKey(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException("No object " + key);
        } catch (S3Exception e) {
            throw new IOException("The object store refused " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) {
        DocumentStore.checkKey(key);
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) throws IOException {
        DocumentStore.checkKey(key);
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (S3Exception e) {
            throw new IOException("The object store refused to delete " + key + ": " + e.getMessage(), e);
        }
    }
}
