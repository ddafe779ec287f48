package io.crossflow.identity.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.identity.internal.TenantSsoFlows.Flow;
import io.crossflow.identity.internal.TenantSsoRows.TenantSsoRow;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.UserText;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who a tenant's single sign-on signs in (docs/identity.md, "Single sign-on per tenant"): only a
 * user of that tenant. In order: the user linked to the IdP account ({@code <issuer>|<sub>}); else
 * the user whose e-mail (claim {@code email}, verified) or user name or e-mail (any other claim)
 * equals the tenant's matching claim, not yet linked, which this first sign-in links; else, for an
 * address at one of the tenant's creation domains, a new user in the chosen organisation. A user of
 * another tenant, a deactivated one, or anyone else is refused. An invitee signs in this way only
 * from its invitation's link, which the sign-in then accepts. A test sign-in decides the same way
 * and changes nothing.
 */
@Component
class TenantSsoSignIn {

    static final String MATCHED = "MATCHED";
    static final String WOULD_CREATE = "WOULD_CREATE";
    static final String REFUSED = "REFUSED";
    private static final Logger log = LoggerFactory.getLogger(TenantSsoSignIn.class);

    private final TenantSsoRows rows;
    private final JdbcClient jdbc;
    private final Users users;
    private final Invitations invitations;

    TenantSsoSignIn(TenantSsoRows rows, JdbcClient jdbc, Users users, Invitations invitations) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.users = users;
        this.invitations = invitations;
    }

    CurrentUser signIn(OidcUser oidc, String registrationId) {
        TenantSsoRow sso = rows.findBySlug(registrationId.substring(TenantSsoRegistrations.PREFIX.length()))
                .orElseThrow(() -> new UnregisteredSsoAccountException(oidc.getEmail()));
        Flow flow = TenantSsoFlows.current();
        String subject = SsoUserService.subjectKey(oidc.getIdToken().getIssuer().toString(), oidc.getSubject());
        Decision decision = decide(sso, oidc, subject, flow);
        if (flow.test()) {
            rows.recordTest(sso.tenantId(), decision.outcome(), decision.detail());
            throw new SsoTestCompleted(decision.outcome(), decision.detail());
        }
        if (!sso.enabled()) {
            throw new UnregisteredSsoAccountException(oidc.getEmail());
        }
        Optional<UUID> user = apply(sso, decision, subject);
        if (user.isEmpty()) {
            log.info(
                    "Refused single sign-on of {} to tenant {}: {}",
                    subject,
                    sso.slug(),
                    decision instanceof Refused ? decision.detail() : "no longer possible");
            throw new UnregisteredSsoAccountException(identifier(sso, oidc).orElse(oidc.getEmail()));
        }
        jdbc.sql("update idn_user set last_sign_in_at = ? where id = ?")
                .params(Timestamp.from(Instant.now()), user.get())
                .update();
        return users.currentUser(user.get()).orElseThrow(() -> new UnregisteredSsoAccountException(oidc.getEmail()));
    }

    private Decision decide(TenantSsoRow sso, OidcUser oidc, String subject, Flow flow) {
        Optional<Account> linked =
                accounts("u.oidc_subject = ?", subject).stream().findFirst();
        if (linked.isPresent()) {
            return existing(sso, linked.get(), false, "its linked identity provider account", flow);
        }
        Optional<String> identifier = identifier(sso, oidc);
        if (identifier.isEmpty()) {
            return new Refused(
                    "email".equals(sso.matchClaim())
                            ? "The identity provider sent no verified e-mail address for this account."
                            : "The identity provider sent no '" + sso.matchClaim() + "' claim for this account.");
        }
        String value = identifier.get();
        List<Account> found = "email".equals(sso.matchClaim())
                ? accounts("lower(u.email) = lower(?)", value)
                : accounts("lower(u.username) = lower(?) or lower(u.email) = lower(?)", value, value);
        if (!found.isEmpty()) {
            Account account = found.get(0);
            if (account.subject() != null) {
                return new Refused(value + " belongs to a Crossflow account linked to another identity provider"
                        + " account; it cannot be signed in with this one.");
            }
            return existing(sso, account, true, value, flow);
        }
        int at = value.indexOf('@');
        String domain = at < 0 ? "" : value.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!sso.jitDomains().contains(domain) || sso.jitOrganisationId() == null) {
            return new Refused(
                    domain.isEmpty()
                            ? "No user of this tenant has " + value
                                    + ", and only addresses of the configured domains are"
                                    + " created at first sign-in."
                            : "No user of this tenant has " + value + ", and " + domain
                                    + " is not a domain whose new users are created at first sign-in.");
        }
        Optional<String> organisation = jdbc.sql(
                        "select name from idn_organisation where tenant_id = ? and id = ? and active")
                .params(sso.tenantId(), sso.jitOrganisationId())
                .query(String.class)
                .optional();
        if (organisation.isEmpty()) {
            return new Refused(
                    "The organisation new users are created in is deactivated; choose another in the settings.");
        }
        String capabilities = sso.jitCapabilities().stream()
                .sorted()
                .map(TenantSsoSignIn::words)
                .collect(Collectors.joining(", "));
        return new Create(
                value.toLowerCase(Locale.ROOT),
                displayName(oidc, value),
                oidc.getLocale() != null && oidc.getLocale().startsWith("zh") ? "zh-CN" : "en",
                value + " has no account yet: it would be created in " + organisation.get() + " with " + capabilities
                        + ".");
    }

    private Decision existing(TenantSsoRow sso, Account account, boolean link, String what, Flow flow) {
        if (!account.tenantId().equals(sso.tenantId())) {
            return new Refused(what + " belongs to an account of another tenant; it cannot sign in here.");
        }
        if (account.enabled()) {
            return new Existing(
                    account.id(),
                    link,
                    "Signs in as " + account.displayName() + " (" + account.username() + ", "
                            + account.organisationName() + ").");
        }
        if (flow.invitation() != null && !flow.test()) {
            return new Accept(account.id(), flow.invitation());
        }
        return new Refused(account.username() + "'s account is deactivated or has not accepted its invitation yet.");
    }

    private Optional<UUID> apply(TenantSsoRow sso, Decision decision, String subject) {
        if (decision instanceof Existing existing) {
            if (existing.link()) {
                link(subject, existing.userId());
            }
            return Optional.of(existing.userId());
        }
        if (decision instanceof Accept accept) {
            if (!invitations.acceptThroughSso(accept.invitation(), accept.userId())) {
                return Optional.empty();
            }
            link(subject, accept.userId());
            return Optional.of(accept.userId());
        }
        if (decision instanceof Create create) {
            try {
                UUID id = users.create(new Users.NewUser(
                        sso.tenantId(),
                        sso.jitOrganisationId(),
                        create.email(),
                        create.email(),
                        create.displayName(),
                        null,
                        create.language(),
                        sso.jitCapabilities(),
                        false));
                link(subject, id);
                log.info("Created user {} in tenant {} at its first single sign-on", create.email(), sso.slug());
                return Optional.of(id);
            } catch (DataIntegrityViolationException taken) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private void link(String subject, UUID userId) {
        jdbc.sql("update idn_user set oidc_subject = ? where id = ? and oidc_subject is null")
                .params(subject, userId)
                .update();
    }

    private static Optional<String> identifier(TenantSsoRow sso, OidcUser oidc) {
        if ("email".equals(sso.matchClaim())) {
            return Boolean.TRUE.equals(oidc.getEmailVerified())
                    ? Optional.ofNullable(oidc.getEmail()).filter(s -> !s.isBlank())
                    : Optional.empty();
        }
        return Optional.ofNullable(oidc.getClaimAsString(sso.matchClaim())).filter(s -> !s.isBlank());
    }

    /** A capability as the detail names it ("partner manager"), a term the translations know. */
    private static String words(Capability capability) {
        return capability.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String displayName(OidcUser oidc, String email) {
        String local = email.substring(0, email.indexOf('@'));
        if (oidc.getFullName() == null || oidc.getFullName().isBlank()) {
            return local;
        }
        try {
            return UserText.name("displayName", oidc.getFullName(), 120);
        } catch (InvalidInputException unusable) {
            return local;
        }
    }

    private List<Account> accounts(String where, Object... params) {
        return jdbc.sql("""
                        select u.id, u.tenant_id, u.username, u.display_name, u.enabled, u.oidc_subject,
                               o.name as organisation_name
                          from idn_user u join idn_organisation o on o.id = u.organisation_id
                        """ + " where " + where + " order by u.created_at")
                .params(params)
                .query((rs, i) -> new Account(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("organisation_name"),
                        rs.getBoolean("enabled"),
                        rs.getString("oidc_subject")))
                .list();
    }

    private record Account(
            UUID id,
            UUID tenantId,
            String username,
            String displayName,
            String organisationName,
            boolean enabled,
            String subject) {}

    private sealed interface Decision {
        String outcome();

        String detail();
    }

    private record Existing(UUID userId, boolean link, String detail) implements Decision {
        public String outcome() {
            return MATCHED;
        }
    }

    private record Accept(UUID userId, String invitation) implements Decision {
        public String outcome() {
            return MATCHED;
        }

        public String detail() {
            return "Accepts the invitation.";
        }
    }

    private record Create(String email, String displayName, String language, String detail) implements Decision {
        public String outcome() {
            return WOULD_CREATE;
        }
    }

    private record Refused(String detail) implements Decision {
        public String outcome() {
            return REFUSED;
        }
    }
}
