package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.Invitations;
import io.crossflow.identity.internal.Invitations.InvitationView;
import io.crossflow.identity.internal.PlatformAccounts;
import io.crossflow.identity.internal.PlatformAccounts.OperatorView;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The platform's operators, who bring in each other (docs/administration.md, "Platform operators"). */
@RestController
class PlatformOperatorController {

    private final PlatformAccounts accounts;
    private final Invitations invitations;

    PlatformOperatorController(PlatformAccounts accounts, Invitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @GetMapping("/api/platform/operators")
    List<OperatorView> list() {
        return accounts.operators(CurrentUsers.require());
    }

    /** Invites another operator into the caller's own company; it accepts by the mailed link. */
    @PostMapping("/api/platform/operators")
    @ResponseStatus(HttpStatus.CREATED)
    InvitationView invite(@RequestBody OperatorInvitation request) {
        return invitations.inviteOperator(CurrentUsers.require(), request.email(), request.language());
    }

    record OperatorInvitation(String email, String language) {}
}
