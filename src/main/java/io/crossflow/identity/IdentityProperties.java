package io.crossflow.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code crossflow.identity}.
 *
 * @param login throttling of failed sign-ins per username and per client address
 * @param httpsOnly the app is reached over HTTPS only (true in {@code prod}): the session and
 *     XSRF-TOKEN cookies are {@code Secure} and every answer carries HSTS, whatever the request's
 *     own scheme (TLS usually ends at a proxy in front of the node)
 * @param invitationValidity how long an invitation link can be accepted after it was (last) sent
 * @param sso per-tenant single sign-on (docs/identity.md, "Single sign-on per tenant")
 * @param password the password policy's configurable part
 * @param totp two-factor sign-in with time-based one-time passwords
 */
@ConfigurationProperties("crossflow.identity")
public record IdentityProperties(
        Login login,
        boolean httpsOnly,
        @DefaultValue("P7D") Duration invitationValidity,
        @DefaultValue Sso sso,
        @DefaultValue Password password,
        @DefaultValue Totp totp) {

    /** @param minimumLength the fewest characters (code points) a new password may have */
    public record Password(@DefaultValue("12") int minimumLength) {}

    /**
     * @param issuer the name authenticator apps show beside the account
     * @param encryptionKey the secret from which the key that encrypts TOTP secrets at rest is
     *     derived; the {@code prod} profile refuses to start with the development default
     * @param pendingValidity how long a sign-in waits for its second step after the password
     */
    public record Totp(
            @DefaultValue("Crossflow") String issuer,
            @DefaultValue(DEVELOPMENT_KEY) String encryptionKey,
            @DefaultValue("PT5M") Duration pendingValidity) {

        /** Only for development and tests; a real installation sets its own. */
        public static final String DEVELOPMENT_KEY = "crossflow-development-only-totp-key";
    }

    /**
     * After {@code maxFailures} failed sign-ins within {@code failureWindow}, the username is
     * locked for {@code lockDuration}, whatever password is tried, and its user is mailed a link
     * that unlocks it, valid for {@code unlockLinkValidity}. After {@code maxFailuresPerSource}
     * failed sign-ins from one client address within {@code failureWindow}, whatever the usernames,
     * that address may not sign in for {@code lockDuration}.
     */
    public record Login(
            int maxFailures,
            Duration failureWindow,
            Duration lockDuration,
            @DefaultValue("30") int maxFailuresPerSource,
            @DefaultValue("PT1H") Duration unlockLinkValidity) {}

    /**
     * Tenants' OIDC client secrets are stored encrypted (AES-GCM) with a key derived from {@code
     * encryptionKey} (at least 32 characters). Without one a random key lives as long as the process
     * (a warning says so; fine for development, where secrets saved before a restart must be entered
     * again); {@code encryptionKeyRequired} (true in {@code prod}) refuses to start without one. To
     * rotate, set the new key and move the old one to {@code previousEncryptionKeys}: secrets are
     * re-encrypted with the new key at start-up, after which the old one can go.
     *
     * @param discoveryTimeout how long saving the settings waits for the issuer's discovery document
     */
    public record Sso(
            String encryptionKey,
            List<String> previousEncryptionKeys,
            boolean encryptionKeyRequired,
            @DefaultValue("PT5S") Duration discoveryTimeout) {

        public Sso {
            previousEncryptionKeys = previousEncryptionKeys == null ? List.of() : List.copyOf(previousEncryptionKeys);
        }
    }
}
