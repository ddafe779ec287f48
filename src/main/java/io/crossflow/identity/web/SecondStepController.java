package io.crossflow.identity.web;

import io.crossflow.identity.internal.TwoFactor;
import io.crossflow.identity.internal.TwoFactorSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second step of a password sign-in (docs/identity.md, "Two-factor sign-in"): reachable only
 * by a session whose password was right a moment ago; everything else under {@code /api} answers
 * it 401 until the step is done.
 */
@RestController
class SecondStepController {

    private final TwoFactorSignIn signIn;

    SecondStepController(TwoFactorSignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/api/login/totp")
    TwoFactorSignIn.PendingView pending(HttpServletRequest request) {
        return signIn.pending(request).orElseThrow(TwoFactorSignIn.NothingPending::new);
    }

    @PostMapping("/api/login/totp")
    SignedIn complete(@RequestBody Code code, HttpServletRequest request, HttpServletResponse response) {
        String username = signIn.pending(request)
                .map(TwoFactorSignIn.PendingView::username)
                .orElse(null);
        List<String> recoveryCodes = signIn.complete(request, response, code.code());
        return new SignedIn(username, true, recoveryCodes);
    }

    /** For a user whose tenant obliges it to enrol before it may come in. */
    @PostMapping("/api/login/totp/enrolment")
    TwoFactor.Enrolment enrol(HttpServletRequest request) {
        return signIn.startEnrolment(request);
    }

    record Code(String code) {}

    /** @param recoveryCodes when the sign-in completed an enrolment: shown this once */
    record SignedIn(String username, boolean signedIn, List<String> recoveryCodes) {}
}
