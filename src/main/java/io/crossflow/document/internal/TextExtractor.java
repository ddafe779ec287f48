package io.crossflow.document.internal;

import io.crossflow.document.DocumentProperties;
import io.crossflow.document.ExtractionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Tika text extraction with limits, so a hostile file can neither crash nor stall the application:
 * each parse runs on a thread of its own and is abandoned (interrupted) after the timeout; text is
 * cut at the character limit ({@link WriteOutContentHandler}); zip bombs and deep nesting stop at
 * {@link SecureContentHandler}'s ratio and depth limits; any {@link Throwable} of the parser
 * (including {@link StackOverflowError} and {@link OutOfMemoryError} of one parse) becomes a FAILED
 * result, never an exception for the caller.
 */
@Component
public class TextExtractor implements DisposableBean {

    private final DocumentProperties.Extraction limits;
    private final Parser parser = new AutoDetectParser();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService parses = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "doc-parse-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    TextExtractor(DocumentProperties properties) {
        this.limits = properties.extraction();
    }

    /** What one extraction produced. */
    public record Result(ExtractionStatus status, String text, String error) {}

    /** Extracts the text of the content (read here, closed here); never throws. */
    public Result extract(InputStream content, long size, String fileName) {
        if (size > limits.maxBytes().toBytes()) {
            close(content);
            return new Result(
                    ExtractionStatus.SKIPPED, null, "larger than the extraction limit of " + limits.maxBytes());
        }
        Future<Result> parse = parses.submit(() -> parse(content, fileName));
        try {
            return parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            close(content);
            return new Result(
                    ExtractionStatus.FAILED,
                    null,
                    "took longer than " + limits.timeout().toSeconds() + " s; abandoned");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            return new Result(ExtractionStatus.FAILED, null, "interrupted");
        } catch (ExecutionException e) {
            return new Result(ExtractionStatus.FAILED, null, message(e.getCause()));
        }
    }

    private Result parse(InputStream content, String fileName) {
        WriteOutContentHandler out = new WriteOutContentHandler(limits.maxCharacters());
        try (TikaInputStream in = TikaInputStream.get(content)) {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            SecureContentHandler secure = new SecureContentHandler(new BodyContentHandler(out), in);
            secure.setMaximumCompressionRatio(limits.maxCompressionRatio());
            // checked before the character limit cuts the text, so a bomb is reported as one
            secure.setOutputThreshold(Math.max(1, Math.min(1_000_000, limits.maxCharacters() / 2)));
            secure.setMaximumDepth(200);
            secure.setMaximumPackageEntryDepth(limits.maxPackageDepth());
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser);
            try {
                parser.parse(in, secure, metadata, context);
            } catch (SAXException | TikaException | RuntimeException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    return new Result(
                            ExtractionStatus.DONE,
                            clean(out.toString()),
                            "text cut at " + limits.maxCharacters() + " characters");
                }
                // an embedded document's parser wraps the handler's exception: look through the chain
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof SAXException sax) {
                        secure.throwIfCauseOf(sax);
                    }
                }
                throw e;
            }
            return new Result(ExtractionStatus.DONE, clean(out.toString()), null);
        } catch (TikaException | SAXException | IOException | RuntimeException | Error e) {
            if (e instanceof VirtualMachineError
                    && !(e instanceof StackOverflowError)
                    && !(e instanceof OutOfMemoryError)) {
                throw (Error) e;
            }
            return new Result(ExtractionStatus.FAILED, null, message(e));
        }
    }

    private static String message(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        if (e instanceof StackOverflowError) {
            return "nested too deeply to read";
        }
        if (e instanceof OutOfMemoryError) {
            return "too large to read";
        }
        // parsers of embedded documents wrap the limit's exception: report the limit that stopped it
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("zip bomb")) {
                return cause.getMessage();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** PostgreSQL text holds no NUL characters. */
    private static String clean(String text) {
        return text.replace('\u0000', ' ').strip();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing left to do with it
        }
    }

    @Override
    public void destroy() {
        parses.shutdownNow();
    }
}
