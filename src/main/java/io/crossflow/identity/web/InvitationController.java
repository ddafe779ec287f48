package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.Invitations;
import io.crossflow.identity.internal.Invitations.AcceptRequest;
import io.crossflow.identity.internal.Invitations.Accepted;
import io.crossflow.identity.internal.Invitations.InvitationView;
import io.crossflow.identity.internal.Invitations.InviteRequest;
import io.crossflow.identity.internal.Invitations.OpenInvitation;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations (docs/administration.md): tenant admins' and partner managers' side, and the
 * anonymous invitee's (the link's secret is its only credential).
 */
@RestController
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/api/admin/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    List<InvitationView> invite(@RequestBody InviteRequest request) {
        return invitations.invite(CurrentUsers.require(), request);
    }

    @GetMapping("/api/admin/invitations")
    List<InvitationView> list() {
        return invitations.list(CurrentUsers.require());
    }

    @DeleteMapping("/api/admin/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        invitations.revoke(CurrentUsers.require(), id);
    }

    @PostMapping("/api/admin/invitations/{id}/resend")
    InvitationView resend(@PathVariable UUID id) {
        return invitations.resend(CurrentUsers.require(), id);
    }

    @PostMapping("/api/organisations/{organisationId}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    List<InvitationView> inviteColleagues(@PathVariable UUID organisationId, @RequestBody InviteRequest request) {
        return invitations.inviteColleagues(CurrentUsers.require(), organisationId, request);
    }

    @GetMapping("/api/invitations/{token}")
    OpenInvitation open(@PathVariable String token) {
        return invitations.open(token);
    }

    @PostMapping("/api/invitations/{token}/accept")
    Accepted accept(@PathVariable String token, @RequestBody AcceptRequest request) {
        return invitations.accept(token, request);
    }
}
