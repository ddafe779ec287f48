package io.crossflow.identity.internal;

import io.crossflow.identity.internal.TenantSsoRows.TenantSsoRow;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * The OAuth2 client registrations of tenants' single sign-on, read from the database: {@code
 * tenant-<slug>} is the registration of that tenant, built from its saved settings (no network
 * call: the discovery document was read when they were saved). Alongside the global registrations
 * of {@code spring.security.oauth2.client}, which keep working as before ({@link #with}).
 */
@Component
class TenantSsoRegistrations implements JwtDecoderFactory<ClientRegistration> {

    static final String PREFIX = "tenant-";
    static final String REDIRECT_PATH = "/login/oauth2/code/";

    private final TenantSsoRows rows;
    private final SsoSecretStore secrets;
    /**
     * Spring Security's own factory keeps one decoder per registration id forever; a tenant may
     * change its provider, so decoders are kept per key set and issuer instead.
     */
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    TenantSsoRegistrations(TenantSsoRows rows, SsoSecretStore secrets) {
        this.rows = rows;
        this.secrets = secrets;
    }

    static String loginUrl(String slug) {
        return "/oauth2/authorization/" + PREFIX + slug;
    }

    /** The global registrations (may be null) and the tenants' ones, as one repository. */
    ClientRegistrationRepository with(ClientRegistrationRepository global) {
        return registrationId -> {
            if (registrationId != null && registrationId.startsWith(PREFIX)) {
                return find(registrationId).orElse(null);
            }
            return global == null ? null : global.findByRegistrationId(registrationId);
        };
    }

    /** The tenant's registration, whether enabled or not (a test sign-in runs before it is), if its secret opens. */
    Optional<ClientRegistration> find(String registrationId) {
        return rows.findBySlug(registrationId.substring(PREFIX.length())).flatMap(this::registration);
    }

    private Optional<ClientRegistration> registration(TenantSsoRow row) {
        return secrets.open(row.encryptedSecret())
                .map(secret -> ClientRegistration.withRegistrationId(row.registrationId())
                        .clientId(row.clientId())
                        .clientSecret(secret)
                        .clientName(row.tenantName())
                        .clientAuthenticationMethod(new ClientAuthenticationMethod(row.clientAuthMethod()))
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/{action}/oauth2/code/{registrationId}")
                        .scope("openid", "profile", "email")
                        .authorizationUri(row.authorizationUri())
                        .tokenUri(row.tokenUri())
                        .jwkSetUri(row.jwkSetUri())
                        .userInfoUri(row.userInfoUri())
                        .userNameAttributeName(IdTokenClaimNames.SUB)
                        .issuerUri(row.issuerUri())
                        .build());
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        String key = registration.getRegistrationId() + "|"
                + registration.getProviderDetails().getIssuerUri() + "|"
                + registration.getProviderDetails().getJwkSetUri() + "|" + registration.getClientId();
        return decoders.computeIfAbsent(key, k -> new OidcIdTokenDecoderFactory().createDecoder(registration));
    }
}
