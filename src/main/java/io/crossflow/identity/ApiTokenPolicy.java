package io.crossflow.identity;

import io.crossflow.shared.ForbiddenException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may hold which API token scope, and for whom an integration acts: the one place that
 * decides it (docs/security.md, "API tokens in the matrix"). An allow-list: each kind of token holder names the
 * scopes it may hold; a holder not listed holds none.
 *
 * <ul>
 *   <li>a service user of the tenant's own company (an integration account a tenant admin made):
 *       {@code read}, {@code write}, {@code integration}, acting for the whole tenant;
 *   <li>a partner manager: {@code read}, {@code write}, {@code integration}, acting only for its
 *       own organisation;
 *   <li>every other person: {@code read}, {@code write}.
 * </ul>
 *
 * <p>Token creation asks {@link #requireMayHold}; every integration request asks {@link #reach}
 * again with the owner as it is now, so a token whose owner lost the capability acts for nobody.
 */
public final class ApiTokenPolicy {

    /** What a token's owner is, as far as tokens are concerned. */
    enum Holder {
        SERVICE_USER,
        PARTNER_MANAGER,
        PERSON
    }

    private static final Map<Holder, Set<ApiTokenScope>> ALLOWED = Map.of(
            Holder.SERVICE_USER, EnumSet.allOf(ApiTokenScope.class),
            Holder.PARTNER_MANAGER, EnumSet.allOf(ApiTokenScope.class),
            Holder.PERSON, EnumSet.of(ApiTokenScope.READ, ApiTokenScope.WRITE));

    static final String INTEGRATION_REFUSED =
            "API tokens with the 'integration' scope are only for service users a tenant admin made and for"
                    + " partner managers; ask your tenant admin for an integration account.";

    private ApiTokenPolicy() {}

    static Holder holder(CurrentUser owner) {
        if (owner.serviceAccount() && owner.internal()) {
            return Holder.SERVICE_USER;
        }
        if (owner.partner() && owner.has(Capability.PARTNER_MANAGER)) {
            return Holder.PARTNER_MANAGER;
        }
        return Holder.PERSON;
    }

    /** The scopes tokens of this owner may carry. */
    public static Set<ApiTokenScope> mayHold(CurrentUser owner) {
        return Set.copyOf(ALLOWED.getOrDefault(holder(owner), Set.of()));
    }

    /** Refuses (403, naming the scope) a token with a scope its owner may not hold. */
    public static void requireMayHold(CurrentUser owner, Collection<ApiTokenScope> requested) {
        Set<ApiTokenScope> allowed = mayHold(owner);
        for (ApiTokenScope scope : requested) {
            if (!allowed.contains(scope)) {
                throw new ForbiddenException(
                        scope == ApiTokenScope.INTEGRATION
                                ? INTEGRATION_REFUSED
                                : "This account may not hold API tokens with the '" + scope.value() + "' scope.");
            }
        }
    }

    /**
     * For whom an integration token of this owner acts, decided with the owner as it is now:
     * empty when it may no longer hold the {@code integration} scope, so it acts for nobody.
     */
    public static Optional<IntegrationReach> reach(CurrentUser owner) {
        if (!mayHold(owner).contains(ApiTokenScope.INTEGRATION)) {
            return Optional.empty();
        }
        return Optional.of(
                holder(owner) == Holder.SERVICE_USER
                        ? new IntegrationReach(owner.tenantId(), null)
                        : new IntegrationReach(owner.tenantId(), owner.organisationId()));
    }
}
