package io.crossflow.identity;

import io.crossflow.identity.internal.PlatformAccounts;
import io.crossflow.shared.InvalidInputException.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What the platform module asks of identity when it founds a tenant or bootstraps an empty
 * installation (docs/administration.md, "Platform operators"). Callers decide who may call; the
 * first admin's invitation itself refuses a caller that is not a platform operator.
 */
@Service
public class TenantOnboarding {

    private final PlatformAccounts accounts;

    TenantOnboarding(PlatformAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * Invites the first admin of a new tenant into its host organisation, with every internal
     * capability but {@link Capability#PLATFORM_OPERATOR}; the invitee accepts through the ordinary
     * invitation link and signs in as that tenant's admin. Publishes {@link InvitationIssued}.
     */
    public FirstAdminInvitation inviteFirstAdmin(
            CurrentUser operator, UUID tenantId, UUID hostOrganisationId, String email, String language) {
        return accounts.inviteFirstAdmin(operator, tenantId, hostOrganisationId, email, language);
    }

    /** Adds a field error {@code adminEmail} when the address is malformed or has an account already. */
    public void checkFirstAdminEmail(String email, List<FieldError> errors) {
        accounts.checkFirstAdminEmail(email, errors);
    }

    /** Creates an active platform operator (also admin of its own tenant); bad input changes nothing. */
    public UUID createOperator(UUID tenantId, UUID hostOrganisationId, NewOperator operator) {
        return accounts.createOperator(tenantId, hostOrganisationId, operator);
    }

    /** What is wrong with an operator account to create (fields username, email, displayName, password). */
    public List<FieldError> operatorProblems(NewOperator operator) {
        return accounts.operatorProblems(operator);
    }

    /** Whether any active platform operator exists. */
    public boolean anyOperator() {
        return accounts.anyOperator();
    }

    /** Users and organisations per tenant id (tenants without any are absent). */
    public Map<UUID, Headcount> headcounts() {
        return accounts.headcounts();
    }

    /** The first admin's pending invitation. */
    public record FirstAdminInvitation(UUID id, String email, Instant expiresAt) {}

    /** A tenant's head count: its users (any state) and organisations. */
    public record Headcount(long users, long organisations) {}

    /** The first operator's account, chosen at bootstrap. */
    public record NewOperator(String username, String email, String displayName, String password, String language) {}
}
