package io.crossflow.identity.web;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.Passwords;
import io.crossflow.identity.internal.UserAdministration;
import io.crossflow.identity.internal.UserAdministration.NewUserRequest;
import io.crossflow.identity.internal.UserAdministration.UserChange;
import io.crossflow.identity.internal.UserAdministration.UserFilter;
import io.crossflow.identity.internal.UserAdministration.UserView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenant admins' users (docs/administration.md). */
@RestController
class AdminUserController {

    private final UserAdministration users;
    private final Passwords passwords;

    AdminUserController(UserAdministration users, Passwords passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @GetMapping("/api/admin/users")
    List<UserView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID organisationId,
            @RequestParam(required = false) Capability capability,
            @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Instant signedInSince,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return users.list(
                CurrentUsers.require(),
                new UserFilter(q, organisationId, capability, active, signedInSince, page, size));
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@RequestBody NewUserRequest request) {
        return users.create(CurrentUsers.require(), request);
    }

    @GetMapping("/api/admin/users/{id}")
    UserView get(@PathVariable UUID id) {
        return users.get(CurrentUsers.require(), id);
    }

    @PatchMapping("/api/admin/users/{id}")
    UserView update(@PathVariable UUID id, @RequestBody UserChange change) {
        return users.update(CurrentUsers.require(), id, change);
    }

    @PostMapping("/api/admin/users/{id}/deactivate")
    UserView deactivate(@PathVariable UUID id) {
        return users.deactivate(CurrentUsers.require(), id);
    }

    /** Mails the user a single-use reset link (30 minutes); the admin never learns the password. */
    @PostMapping("/api/admin/users/{id}/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void sendPasswordReset(@PathVariable UUID id) {
        passwords.sendReset(CurrentUsers.require(), id);
    }

    @PostMapping("/api/admin/users/{id}/reactivate")
    UserView reactivate(@PathVariable UUID id) {
        return users.reactivate(CurrentUsers.require(), id);
    }
}
