package io.crossflow.system.internal;

import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.GoneException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.UserText;
import java.util.List;
import java.util.UUID;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into {@link ProblemDetail} bodies. Messages are for people;
 * nothing internal (stack traces, SQL, class names) ever reaches a response.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        String message = e instanceof ForbiddenException ? e.getMessage() : "You are not allowed to do this.";
        return problem(HttpStatus.FORBIDDEN, "Forbidden", message);
    }

    @ExceptionHandler(GoneException.class)
    ProblemDetail gone(GoneException e) {
        return problem(HttpStatus.GONE, "Gone", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail staleVersion(OptimisticLockingFailureException e) {
        return problem(
                HttpStatus.CONFLICT,
                "Conflict",
                "Someone else changed this in the meantime. Reload it and apply your change again.");
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty("errors", e.fieldErrors());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        // a malformed id names nothing that exists: same answer as a missing object
        if (e.getRequiredType() == UUID.class) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "Not found");
        }
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Invalid input", "Please correct the highlighted field.");
        problem.setProperty(
                "errors", List.of(new InvalidInputException.FieldError(e.getName(), "has an invalid value")));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidInputException.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Invalid input", "Please correct the highlighted fields.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInputException.FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new InvalidInputException.FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Invalid input", "Please correct the highlighted fields.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // a record refused its value while it was built (e.g. UserText), or the body ran over the limit
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException invalid) {
                return ResponseEntity.badRequest().body(invalid(invalid));
            }
            if (cause instanceof RequestBodyLimit.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(RequestBodyLimit.problem(tooLarge.maxBytes));
            }
        }
        return ResponseEntity.badRequest()
                .body(problem(
                        HttpStatus.BAD_REQUEST,
                        "Invalid input",
                        "The request body is not valid JSON of the expected shape."));
    }

    /**
     * A multipart body the server could not take apart. Tomcat refuses a file name with a NUL byte
     * itself, before any controller sees it: that name gets the answer of the one name rule, {@link
     * UserText#fileName}, like every other invisible character. Anything else is our failure.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException invalidName) {
                try {
                    UserText.fileName("file", invalidName.getName());
                } catch (InvalidInputException invalid) {
                    return invalid(invalid);
                }
            }
        }
        return unexpected(e);
    }

    /** A body read past {@code crossflow.system.max-request-body} outside a JSON conversion. */
    @ExceptionHandler(RequestBodyLimit.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyLimit.TooLarge e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RequestBodyLimit.problem(e.maxBytes));
    }

    /**
     * An upload over the limit, found while it streamed (the document module checks the declared
     * length before). Spring reports every multipart limit this way, also Tomcat's limit on a part's
     * headers, which only a very long file name reaches: that one is the client's to fix (400).
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("header")) {
                ProblemDetail problem = problem(
                        HttpStatus.BAD_REQUEST,
                        "Invalid input",
                        "The file's name is too long to upload. Shorten the name and upload the file again.");
                problem.setProperty(
                        "errors",
                        List.of(new InvalidInputException.FieldError(
                                "file", "The file's name is too long to upload.")));
                return ResponseEntity.badRequest().body(problem);
            }
        }
        long max = e.getMaxUploadSize();
        String limit = max > 0 ? " of " + Math.max(1, max / (1024 * 1024)) + " MB" : "";
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(problem(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "File too large",
                        "The file is larger than the limit" + limit + ". Please upload a smaller file."));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, e);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error",
                "Something went wrong on our side. Please try again; if it keeps happening, quote reference "
                        + reference + ".");
        problem.setProperty("reference", reference);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
