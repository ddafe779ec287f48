package io.crossflow.identity.web;

import io.crossflow.identity.internal.TwoFactorSignIn;
import io.crossflow.identity.internal.TwoFactorUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The answers particular to two-factor sign-in: 401 without a pending sign-in, 429 when locked, 503 unset. */
@Order(Ordered.HIGHEST_PRECEDENCE) // before the application's catch-all advice
@RestControllerAdvice(
        assignableTypes = {SecondStepController.class, TwoFactorController.class, PasswordController.class})
class TwoFactorProblems {

    @ExceptionHandler(TwoFactorSignIn.NothingPending.class)
    ResponseEntity<ProblemDetail> nothingPending(TwoFactorSignIn.NothingPending e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Not signed in");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }

    @ExceptionHandler(TwoFactorSignIn.TooManyAttempts.class)
    ResponseEntity<ProblemDetail> tooMany(TwoFactorSignIn.TooManyAttempts e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setTitle("Too many failed sign-ins");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(
                        HttpHeaders.RETRY_AFTER,
                        Long.toString(Math.max(1, e.retryAfter().toSeconds())))
                .body(problem);
    }

    @ExceptionHandler(TwoFactorUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(TwoFactorUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Not available");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
