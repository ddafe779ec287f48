package io.crossflow.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation was issued or sent again: the invitee (a user not yet active) is to be mailed its
 * link. Published in the inviting transaction; {@code linkPath} carries the invitation's secret, so
 * it goes by e-mail only and is not kept once delivered. {@code sending} counts the sendings of the
 * invitation (1, then one more for each resend), so each sending is mailed once.
 */
public record InvitationIssued(
        UUID invitationId,
        UUID tenantId,
        UUID inviteeId,
        String organisationName,
        String inviterName,
        String linkPath,
        Instant expiresAt,
        int sending) {}
