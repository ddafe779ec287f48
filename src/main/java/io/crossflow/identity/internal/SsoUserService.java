package io.crossflow.identity.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Matches the person an OIDC IdP vouches for to an enabled Crossflow user:
 *
 * <ol>
 *   <li>by subject: {@code idn_user.oidc_subject} equals {@code <issuer>|<sub>};
 *   <li>else by verified e-mail ({@code email_verified} true), case-insensitively, but only a user
 *       not yet linked to a subject; that first sign-in links the user to the subject, so later
 *       sign-ins survive an e-mail change at the IdP and a reassigned address cannot take over an
 *       account.
 * </ol>
 *
 * Anyone else is refused with {@link UnregisteredSsoAccountException}; the global registrations
 * never create users on the fly (tenant admins invite them). A tenant's own registration ({@code
 * tenant-<slug>}) signs in users of that tenant only, by its own rules ({@link TenantSsoSignIn}).
 */
@Component
class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(SsoUserService.class);

    private final OidcUserService idp = new OidcUserService();
    private final JdbcClient jdbc;
    private final Users users;
    private final TenantSsoSignIn tenantSignIn;

    SsoUserService(JdbcClient jdbc, Users users, TenantSsoSignIn tenantSignIn) {
        this.jdbc = jdbc;
        this.users = users;
        this.tenantSignIn = tenantSignIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = idp.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        if (registrationId.startsWith(TenantSsoRegistrations.PREFIX)) {
            return new SsoPrincipal(tenantSignIn.signIn(oidc, registrationId), oidc.getIdToken(), oidc.getUserInfo());
        }
        String subject = subjectKey(oidc.getIdToken().getIssuer().toString(), oidc.getSubject());
        CurrentUser user = bySubject(subject)
                .or(() -> byVerifiedEmail(oidc, subject))
                .flatMap(users::currentUser)
                .orElseThrow(() -> {
                    log.info("Refused single sign-on of {} ({}): no matching Crossflow user", subject, oidc.getEmail());
                    return new UnregisteredSsoAccountException(oidc.getEmail());
                });
        return new SsoPrincipal(user, oidc.getIdToken(), oidc.getUserInfo());
    }

    /** The value stored in {@code idn_user.oidc_subject} for an IdP user (docs/identity.md). */
    static String subjectKey(String issuer, String sub) {
        return issuer + "|" + sub;
    }

    private Optional<UUID> bySubject(String subject) {
        return jdbc.sql("select id from idn_user where oidc_subject = ? and enabled")
                .param(subject)
                .query(UUID.class)
                .optional();
    }

    private Optional<UUID> byVerifiedEmail(OidcUser oidc, String subject) {
        if (oidc.getEmail() == null || !Boolean.TRUE.equals(oidc.getEmailVerified())) {
            return Optional.empty();
        }
        Optional<UUID> user = jdbc.sql(
                        "select id from idn_user where lower(email) = lower(?) and enabled and oidc_subject is null")
                .param(oidc.getEmail())
                .query(UUID.class)
                .optional();
        user.ifPresent(id -> jdbc.sql("update idn_user set oidc_subject = ? where id = ? and oidc_subject is null")
                .params(subject, id)
                .update());
        return user;
    }
}
