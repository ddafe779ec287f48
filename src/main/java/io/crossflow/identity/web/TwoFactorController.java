package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.Reauthentication;
import io.crossflow.identity.internal.SignInPolicy;
import io.crossflow.identity.internal.TwoFactor;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One's own authenticator and recovery codes; the tenant admin's sign-in policy (docs/identity.md). */
@RestController
class TwoFactorController {

    private final TwoFactor twoFactor;
    private final SignInPolicy policy;
    private final Reauthentication reauthentication;

    TwoFactorController(TwoFactor twoFactor, SignInPolicy policy, Reauthentication reauthentication) {
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.reauthentication = reauthentication;
    }

    @GetMapping("/api/me/totp")
    TwoFactor.Status status() {
        return twoFactor.status(CurrentUsers.require());
    }

    /** Starts the enrolment: a new secret, its otpauth URI and QR code, waiting for the first code. */
    @PostMapping("/api/me/totp")
    TwoFactor.Enrolment startEnrolment() {
        return twoFactor.startEnrolment(CurrentUsers.require());
    }

    @PostMapping("/api/me/totp/confirm")
    RecoveryCodes confirm(@RequestBody Code request) {
        return new RecoveryCodes(twoFactor.confirmEnrolment(CurrentUsers.require(), request.code()));
    }

    @PostMapping("/api/me/totp/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@RequestBody TwoFactor.Proof proof) {
        CurrentUser caller = CurrentUsers.require();
        reauthentication.proven(caller, () -> twoFactor.disable(caller, proof));
    }

    @PostMapping("/api/me/totp/recovery-codes")
    RecoveryCodes regenerate(@RequestBody TwoFactor.Proof proof) {
        CurrentUser caller = CurrentUsers.require();
        return new RecoveryCodes(
                reauthentication.proven(caller, () -> twoFactor.regenerateRecoveryCodes(caller, proof)));
    }

    @GetMapping("/api/admin/sign-in-policy")
    SignInPolicy.Settings policy() {
        return policy.settings(CurrentUsers.require());
    }

    @PutMapping("/api/admin/sign-in-policy")
    SignInPolicy.Settings updatePolicy(@RequestBody SignInPolicy.Settings settings) {
        return policy.update(CurrentUsers.require(), settings);
    }

    record Code(String code) {}

    /** Shown once; only their hashes are kept. */
    record RecoveryCodes(List<String> recoveryCodes) {}
}
