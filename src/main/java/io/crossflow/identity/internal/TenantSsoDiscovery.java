package io.crossflow.identity.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crossflow.identity.internal.TenantSsoRows.TenantSsoRow;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Where the sign-in page may send a person who typed an address, or came by a tenant's own sign-in
 * address: to the enabled single sign-on of the tenant whose e-mail domains include the address's
 * domain (or of that tenant). The answer depends on the domain only, never on whether anybody has
 * that address, and has the same shape when there is nothing to offer.
 */
@Service
public class TenantSsoDiscovery {

    private final TenantSsoRows rows;

    TenantSsoDiscovery(TenantSsoRows rows) {
        this.rows = rows;
    }

    public SsoOffer forEmail(String email) {
        return domainOf(email)
                .flatMap(rows::enabledForDomain)
                .map(TenantSsoDiscovery::offer)
                .orElse(SsoOffer.NONE);
    }

    public SsoOffer forTenant(String slug) {
        return rows.findBySlug(slug.strip().toLowerCase(Locale.ROOT))
                .filter(TenantSsoRow::enabled)
                .map(TenantSsoDiscovery::offer)
                .orElse(SsoOffer.NONE);
    }

    /** The sign-in address that accepts the invitation by single sign-on, when the invitee's domain belongs to it. */
    Optional<String> forInvitation(UUID tenantId, String email, String token) {
        Optional<String> domain = domainOf(email);
        return rows.find(tenantId)
                .filter(TenantSsoRow::enabled)
                .filter(sso -> domain.isPresent() && sso.emailDomains().contains(domain.get()))
                .map(sso -> TenantSsoRegistrations.loginUrl(sso.slug()) + "?invitation="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static Optional<String> domainOf(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String trimmed = email.strip().toLowerCase(Locale.ROOT);
        int at = trimmed.lastIndexOf('@');
        return at < 1 || at == trimmed.length() - 1 || trimmed.length() > 254
                ? Optional.empty()
                : Optional.of(trimmed.substring(at + 1));
    }

    private static SsoOffer offer(TenantSsoRow sso) {
        return new SsoOffer(sso.tenantName(), TenantSsoRegistrations.loginUrl(sso.slug()));
    }

    /**
     * What the sign-in page offers: the tenant's name for the button and where it leads; both null
     * when there is nothing to offer (always both keys, so the answer's shape tells nothing).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SsoOffer(String name, String loginUrl) {
        static final SsoOffer NONE = new SsoOffer(null, null);
    }
}
