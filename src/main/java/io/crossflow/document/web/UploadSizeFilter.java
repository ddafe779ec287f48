package io.crossflow.document.web;

import io.crossflow.document.DocumentProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 to an upload whose declared length is over the limit before a byte of its body is
 * read (with {@code Expect: 100-continue} the client never sends it). The limit is enforced again
 * while the body streams, whatever the client declared.
 */
@Component
class UploadSizeFilter extends OncePerRequestFilter {

    /** Room for the multipart envelope and the small form fields around the file. */
    static final long ENVELOPE = 64 * 1024;

    private static final Pattern UPLOADS =
            Pattern.compile("^/api/(projects/[^/]+/documents|documents/[^/]+/versions)/?$");

    private final long limit;

    UploadSizeFilter(DocumentProperties properties) {
        this.limit = properties.maxFileSize().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !UPLOADS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit + ENVELOPE) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Connection", "close");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"File too large\",\"status\":413,\"detail\":"
                            + "\"The file is larger than the limit of " + (limit / (1024 * 1024))
                            + " MB. Please upload a smaller file.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
