package io.crossflow.identity.internal;

import static io.crossflow.identity.internal.OrganisationAdministration.requireAdmin;
import static io.crossflow.identity.internal.OrganisationAdministration.throwIfAny;

import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.IdentityProperties;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.internal.TenantSsoRows.TenantSsoRow;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.shared.Localized;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.UserText;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's single sign-on settings (docs/identity.md, "Single sign-on per tenant"): its OIDC
 * provider, the claim that finds its users, the e-mail domains whose sign-in page offers it, and
 * those whose unknown users are created on first sign-in. Saving reads the issuer's discovery
 * document; the client secret is stored encrypted and never answered ({@code clientSecretSet}).
 */
@Service
public class TenantSsoAdministration {

    /** The claims a tenant may match its users by: {@code email} against the e-mail, the others against user name or e-mail. */
    static final List<String> CLAIMS = List.of("email", "preferred_username", "upn", "sub");

    private final TenantSsoRows rows;
    private final SsoSecretStore secrets;
    private final OidcDiscovery discovery;
    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final boolean httpsOnly;
    private final ApplicationEventPublisher events;

    TenantSsoAdministration(
            TenantSsoRows rows,
            SsoSecretStore secrets,
            OidcDiscovery discovery,
            Tenants tenants,
            JdbcClient jdbc,
            IdentityProperties settings,
            ApplicationEventPublisher events) {
        this.events = events;
        this.rows = rows;
        this.secrets = secrets;
        this.discovery = discovery;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.httpsOnly = settings.httpsOnly();
    }

    @Transactional(readOnly = true)
    public SsoSettingsView get(CurrentUser caller) {
        requireAdmin(caller);
        Tenant tenant = tenants.find(caller.tenantId()).orElseThrow(() -> new NotFoundException("Tenant"));
        return rows.find(caller.tenantId()).map(this::view).orElseGet(() -> unconfigured(tenant));
    }

    /** Replaces the settings; a blank or missing {@code clientSecret} keeps the stored one. Bad input changes nothing. */
    @Transactional
    public SsoSettingsView save(CurrentUser caller, SsoSettingsRequest request) {
        requireAdmin(caller);
        Optional<TenantSsoRow> current = rows.find(caller.tenantId());
        List<FieldError> errors = new ArrayList<>();
        String issuer = issuer(request.issuerUri(), errors);
        String clientId = text(request.clientId(), "clientId", 200, errors);
        String secret = request.clientSecret() == null || request.clientSecret().isBlank()
                ? null
                : request.clientSecret().strip();
        if (secret != null && secret.length() > 500) {
            errors.add(new FieldError("clientSecret", "Use at most 500 characters."));
        }
        boolean storedSecret =
                current.flatMap(row -> secrets.open(row.encryptedSecret())).isPresent();
        if (secret == null && !storedSecret) {
            errors.add(new FieldError("clientSecret", "Enter the client secret the identity provider issued."));
        }
        String claim = request.matchClaim() == null ? "email" : request.matchClaim();
        if (!CLAIMS.contains(claim)) {
            errors.add(new FieldError("matchClaim", "Choose one of: " + String.join(", ", CLAIMS) + "."));
        }
        List<String> domains = domains(request.emailDomains(), "emailDomains", errors);
        List<String> jitDomains = domains(request.jitDomains(), "jitDomains", errors);
        for (String domain : jitDomains) {
            if (!domains.contains(domain)) {
                errors.add(new FieldError(
                        "jitDomains", domain + " must also be one of the e-mail domains of the single sign-on."));
            }
        }
        UUID jitOrganisation = jitDomains.isEmpty() ? null : request.jitOrganisationId();
        Set<Capability> jitCapabilities = Set.of();
        if (!jitDomains.isEmpty()) {
            OrganisationKind kind = null;
            if (jitOrganisation == null) {
                errors.add(new FieldError("jitOrganisationId", "Choose the organisation new users are created in."));
            } else {
                kind = jdbc.sql("select kind from idn_organisation where tenant_id = ? and id = ? and active")
                        .params(caller.tenantId(), jitOrganisation)
                        .query(String.class)
                        .optional()
                        .map(OrganisationKind::valueOf)
                        .orElse(null);
                if (kind == null) {
                    errors.add(new FieldError("jitOrganisationId", "Choose an active organisation of your tenant."));
                }
            }
            List<FieldError> capabilityErrors = new ArrayList<>();
            jitCapabilities = UserAdministration.capabilities(request.jitCapabilities(), kind, false, capabilityErrors);
            capabilityErrors.forEach(e -> errors.add(new FieldError("jitCapabilities", e.message())));
            if (jitCapabilities.isEmpty()) {
                errors.add(new FieldError("jitCapabilities", "Choose at least one capability for new users."));
            }
        }
        if (!domains.isEmpty()) {
            rows.claimedElsewhere(caller.tenantId(), domains)
                    .forEach(domain -> errors.add(new FieldError(
                            "emailDomains",
                            "The e-mail domain " + domain + " already leads to another single sign-on.")));
        }
        throwIfAny(errors);
        OidcDiscovery.Provider provider = discovery.discover(issuer);
        String encrypted = secret != null ? secrets.seal(secret) : current.get().encryptedSecret();
        Tenant tenant = tenants.find(caller.tenantId()).orElseThrow(() -> new NotFoundException("Tenant"));
        TenantSsoRow row = new TenantSsoRow(
                caller.tenantId(),
                tenant.slug(),
                tenant.name(),
                Boolean.TRUE.equals(request.enabled()),
                issuer,
                clientId,
                encrypted,
                claim,
                domains,
                jitDomains,
                jitOrganisation,
                jitCapabilities,
                provider.authorizationUri(),
                provider.tokenUri(),
                provider.jwkSetUri(),
                provider.userInfoUri(),
                provider.clientAuthMethod(),
                Instant.now(),
                null,
                null,
                null);
        Map<String, AdministrativeChange.Change> changes = new java.util.LinkedHashMap<>(AdministrativeChange.diff(
                current.map(TenantSsoAdministration::audited).orElse(Map.of()), audited(row)));
        if (secret != null) {
            changes.put("clientSecret", new AdministrativeChange.Change(null, "replaced"));
        }
        events.publishEvent(AdministrativeChange.by(
                caller, "SSO", caller.tenantId(), current.isPresent() ? "UPDATED" : "CREATED", changes));
        try {
            rows.save(row, caller.id());
        } catch (DuplicateKeyException raced) {
            throw io.crossflow.shared.InvalidInputException.field(
                    "emailDomains", "One of the e-mail domains already leads to another single sign-on.");
        }
        return view(rows.find(caller.tenantId()).orElseThrow());
    }

    /** What the audit records of the settings: never the secret (the change says when a new one was saved). */
    private static Map<String, Object> audited(TenantSsoRow row) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("enabled", row.enabled());
        fields.put("issuerUri", row.issuerUri());
        fields.put("clientId", row.clientId());
        fields.put("matchClaim", row.matchClaim());
        fields.put("emailDomains", String.join(", ", row.emailDomains()));
        fields.put("jitDomains", String.join(", ", row.jitDomains()));
        fields.put("jitOrganisationId", row.jitOrganisationId());
        fields.put(
                "jitCapabilities",
                row.jitCapabilities().stream().map(Enum::name).sorted().toList());
        return fields;
    }

    private SsoSettingsView view(TenantSsoRow row) {
        return new SsoSettingsView(
                true,
                row.enabled(),
                row.issuerUri(),
                row.clientId(),
                secrets.open(row.encryptedSecret()).isPresent(),
                row.matchClaim(),
                row.emailDomains(),
                row.jitDomains(),
                row.jitOrganisationId(),
                row.jitCapabilities(),
                row.registrationId(),
                TenantSsoRegistrations.REDIRECT_PATH + row.registrationId(),
                TenantSsoRegistrations.loginUrl(row.slug()),
                "/t/" + row.slug() + "/login",
                row.updatedAt(),
                row.lastTestAt() == null
                        ? null
                        : new LastTest(row.lastTestAt(), row.lastTestOutcome(), row.lastTestDetail()));
    }

    private static SsoSettingsView unconfigured(Tenant tenant) {
        String registrationId = TenantSsoRegistrations.PREFIX + tenant.slug();
        return new SsoSettingsView(
                false,
                false,
                null,
                null,
                false,
                "email",
                List.of(),
                List.of(),
                null,
                Set.of(),
                registrationId,
                TenantSsoRegistrations.REDIRECT_PATH + registrationId,
                TenantSsoRegistrations.loginUrl(tenant.slug()),
                "/t/" + tenant.slug() + "/login",
                null,
                null);
    }

    private String issuer(String raw, List<FieldError> errors) {
        String issuer = text(raw, "issuerUri", 500, errors);
        if (issuer.isEmpty()) {
            return issuer;
        }
        URI uri;
        try {
            uri = URI.create(issuer);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        boolean https = uri != null && "https".equals(uri.getScheme());
        boolean http = uri != null && "http".equals(uri.getScheme());
        if (uri == null
                || uri.getHost() == null
                || !(https || http)
                || uri.getQuery() != null
                || uri.getFragment() != null) {
            errors.add(
                    new FieldError("issuerUri", "Enter the issuer URL, e.g. https://login.example.com/realms/acme."));
        } else if (http && httpsOnly) {
            errors.add(new FieldError("issuerUri", "The issuer URL must start with https://."));
        }
        return issuer;
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "This field is required."));
            return "";
        }
        try {
            return UserText.name(field, value, max);
        } catch (io.crossflow.shared.InvalidInputException e) {
            errors.addAll(e.fieldErrors());
            return value.strip();
        }
    }

    private static List<String> domains(List<String> raw, String field, List<FieldError> errors) {
        Set<String> domains = new LinkedHashSet<>();
        for (String each : raw == null ? List.<String>of() : raw) {
            String domain = each == null ? "" : each.trim().toLowerCase(Locale.ROOT);
            if (domain.startsWith("@")) {
                domain = domain.substring(1);
            }
            if (domain.isEmpty()) {
                continue;
            }
            if (!OrganisationAdministration.DOMAIN.matcher(domain).matches()) {
                errors.add(new FieldError(field, "'" + each + "' is not a domain like example.com."));
            } else {
                domains.add(domain);
            }
        }
        if (domains.size() > 20) {
            errors.add(new FieldError(field, "Use at most 20 e-mail domains."));
        }
        return List.copyOf(domains);
    }

    /** The settings a tenant admin saves; a null or blank {@code clientSecret} keeps the stored secret. */
    public record SsoSettingsRequest(
            Boolean enabled,
            String issuerUri,
            String clientId,
            String clientSecret,
            String matchClaim,
            List<String> emailDomains,
            List<String> jitDomains,
            UUID jitOrganisationId,
            List<Capability> jitCapabilities) {}

    /**
     * The settings as the admin screen shows them; never the client secret, only whether one is
     * stored (and readable with the configured key).
     *
     * @param redirectPath to register at the identity provider, after the app's public address
     * @param loginUrl where a browser starts signing in with it
     * @param tenantLoginUrl the tenant's own sign-in page, which offers it without an e-mail address
     */
    public record SsoSettingsView(
            boolean configured,
            boolean enabled,
            String issuerUri,
            String clientId,
            boolean clientSecretSet,
            String matchClaim,
            List<String> emailDomains,
            List<String> jitDomains,
            UUID jitOrganisationId,
            Set<Capability> jitCapabilities,
            String registrationId,
            String redirectPath,
            String loginUrl,
            String tenantLoginUrl,
            Instant updatedAt,
            LastTest lastTest)
            implements Localized {

        /** The last test's finding in the reader's language. */
        @Override
        public SsoSettingsView localized(UnaryOperator<String> translate) {
            return lastTest == null
                    ? this
                    : new SsoSettingsView(
                            configured,
                            enabled,
                            issuerUri,
                            clientId,
                            clientSecretSet,
                            matchClaim,
                            emailDomains,
                            jitDomains,
                            jitOrganisationId,
                            jitCapabilities,
                            registrationId,
                            redirectPath,
                            loginUrl,
                            tenantLoginUrl,
                            updatedAt,
                            new LastTest(lastTest.at(), lastTest.outcome(), translate.apply(lastTest.detail())));
        }
    }

    /** The latest test sign-in: {@code outcome} MATCHED, WOULD_CREATE or REFUSED, and what it found. */
    public record LastTest(Instant at, String outcome, String detail) {}
}
