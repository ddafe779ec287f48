package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.Passwords;
import io.crossflow.identity.internal.Reauthentication;
import io.crossflow.identity.internal.SessionEpochs;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Changing one's password, and resetting a forgotten one by e-mail (docs/identity.md). */
@RestController
class PasswordController {

    private final Passwords passwords;
    private final Reauthentication reauthentication;

    PasswordController(Passwords passwords, Reauthentication reauthentication) {
        this.passwords = passwords;
        this.reauthentication = reauthentication;
    }

    /** Always 202: the answer never tells whether the address has an account. */
    @PostMapping("/api/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestReset(@RequestBody ResetRequest request) {
        passwords.requestReset(request.email());
    }

    @PostMapping("/api/password-reset/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@PathVariable String token, @RequestBody NewPassword request) {
        passwords.reset(token, request.password());
    }

    @PostMapping("/api/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void change(@RequestBody PasswordChange request, HttpServletRequest http) {
        CurrentUser caller = CurrentUsers.require();
        int epoch = reauthentication.proven(
                caller, () -> passwords.change(caller, request.currentPassword(), request.newPassword()));
        // the caller's own session goes on; every other one has ended
        SessionEpochs.keep(http.getSession(false), epoch);
    }

    record ResetRequest(String email) {}

    record NewPassword(String password) {}

    record PasswordChange(String currentPassword, String newPassword) {}
}
