package io.crossflow.system.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.system.SystemProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One size limit for every request body that is not a multipart upload (those have the document
 * module's limit): JSON bodies, process models, form posts. A declared {@code Content-Length} over
 * the limit is answered 413 before a byte of the body is read; a body without one (chunked) is
 * counted while it is read and stopped at the limit, which {@link ProblemDetailsAdvice} answers with
 * the same 413. The limit is {@code crossflow.system.max-request-body}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json;
    private final ProblemTranslations translations;

    RequestBodyLimit(SystemProperties properties, ObjectMapper json, ProblemTranslations translations) {
        this.maxBytes = properties.maxRequestBody().toBytes();
        this.json = json;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            ProblemDetail problem = problem(maxBytes);
            Locale locale = request.getLocale();
            problem.setTitle(translations.translate(problem.getTitle(), locale));
            problem.setDetail(translations.translate(problem.getDetail(), locale));
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            // the client may still be sending: do not keep the connection for the rest of its body
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    /** The answer to a body over the limit, in English (the language advice or the caller translates it). */
    static ProblemDetail problem(long maxBytes) {
        return ProblemDetailsAdvice.problem(
                HttpStatus.PAYLOAD_TOO_LARGE,
                "Request too large",
                "The request body is larger than the limit of " + describe(maxBytes) + ".");
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /** Thrown while a body without a declared length is read past the limit. */
    static final class TooLarge extends IOException {

        final long maxBytes;

        TooLarge(long maxBytes) {
            super("Request body larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long count;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws TooLarge {
            count += n;
            if (count > max) {
                throw new TooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
