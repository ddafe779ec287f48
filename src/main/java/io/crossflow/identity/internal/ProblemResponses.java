package io.crossflow.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Writes ProblemDetail bodies from security filters, which run before the MVC error advice. */
@Component
class ProblemResponses {

    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        write(response, status, title, detail, null);
    }

    /**
     * A problem with a {@code reason} property: a stable word the web app reacts to (e.g.
     * {@code account-deactivated} shows the sign-in page with that reason), whatever the language.
     */
    void write(HttpServletResponse response, HttpStatus status, String title, String detail, String reason)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (reason != null) {
            problem.setProperty("reason", reason);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** Whether the caller is a script (the web app, an integration) rather than a browser page. */
    static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                || (accept != null && accept.contains("json"))
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
