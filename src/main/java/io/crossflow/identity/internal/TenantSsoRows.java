package io.crossflow.identity.internal;

import static io.crossflow.identity.internal.OrganisationAdministration.strings;

import io.crossflow.identity.Capability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one owner of {@code idn_tenant_sso} and {@code idn_tenant_sso_domain}. */
@Component
class TenantSsoRows {

    private static final String SELECT = """
            select s.*, t.slug, t.name as tenant_name
              from idn_tenant_sso s join ten_tenant t on t.id = s.tenant_id
            """;

    private final JdbcClient jdbc;

    TenantSsoRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TenantSsoRow> find(UUID tenantId) {
        return jdbc.sql(SELECT + " where s.tenant_id = ?")
                .param(tenantId)
                .query(TenantSsoRows::row)
                .optional();
    }

    Optional<TenantSsoRow> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where t.slug = ?")
                .param(slug)
                .query(TenantSsoRows::row)
                .optional();
    }

    /** The enabled settings whose e-mail domains include the domain. */
    Optional<TenantSsoRow> enabledForDomain(String domain) {
        return jdbc.sql(SELECT
                        + " join idn_tenant_sso_domain d on d.tenant_id = s.tenant_id where d.domain = ? and s.enabled")
                .param(domain)
                .query(TenantSsoRows::row)
                .optional();
    }

    List<TenantSsoRow> all() {
        return jdbc.sql(SELECT).query(TenantSsoRows::row).list();
    }

    /** Inserts or replaces a tenant's settings and its domain claims (a domain of another tenant: DuplicateKeyException). */
    void save(TenantSsoRow row, UUID updatedBy) {
        jdbc.sql("""
                        insert into idn_tenant_sso (tenant_id, enabled, issuer_uri, client_id, client_secret, match_claim,
                                                    email_domains, jit_domains, jit_organisation_id, jit_capabilities,
                                                    authorization_uri, token_uri, jwk_set_uri, user_info_uri,
                                                    client_auth_method, updated_at, updated_by)
                        values (:tenant, :enabled, :issuer, :client, :secret, :claim, :domains, :jitDomains, :jitOrg,
                                :jitCaps, :authz, :token, :jwks, :userInfo, :auth, :now, :by)
                        on conflict (tenant_id) do update set
                            enabled = excluded.enabled, issuer_uri = excluded.issuer_uri, client_id = excluded.client_id,
                            client_secret = excluded.client_secret, match_claim = excluded.match_claim,
                            email_domains = excluded.email_domains, jit_domains = excluded.jit_domains,
                            jit_organisation_id = excluded.jit_organisation_id,
                            jit_capabilities = excluded.jit_capabilities, authorization_uri = excluded.authorization_uri,
                            token_uri = excluded.token_uri, jwk_set_uri = excluded.jwk_set_uri,
                            user_info_uri = excluded.user_info_uri, client_auth_method = excluded.client_auth_method,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("tenant", row.tenantId())
                .param("enabled", row.enabled())
                .param("issuer", row.issuerUri())
                .param("client", row.clientId())
                .param("secret", row.encryptedSecret())
                .param("claim", row.matchClaim())
                .param("domains", row.emailDomains().toArray(String[]::new))
                .param("jitDomains", row.jitDomains().toArray(String[]::new))
                .param("jitOrg", row.jitOrganisationId())
                .param("jitCaps", row.jitCapabilities().stream().map(Enum::name).toArray(String[]::new))
                .param("authz", row.authorizationUri())
                .param("token", row.tokenUri())
                .param("jwks", row.jwkSetUri())
                .param("userInfo", row.userInfoUri())
                .param("auth", row.clientAuthMethod())
                .param("now", Timestamp.from(Instant.now()))
                .param("by", updatedBy)
                .update();
        jdbc.sql("delete from idn_tenant_sso_domain where tenant_id = ?")
                .param(row.tenantId())
                .update();
        for (String domain : row.emailDomains()) {
            jdbc.sql("insert into idn_tenant_sso_domain (domain, tenant_id) values (?, ?)")
                    .params(domain, row.tenantId())
                    .update();
        }
    }

    /** The domains among these that another tenant's single sign-on already claims. */
    List<String> claimedElsewhere(UUID tenantId, List<String> domains) {
        return jdbc.sql("select domain from idn_tenant_sso_domain where tenant_id <> ? and domain = any(?) order by 1")
                .params(tenantId, domains.toArray(String[]::new))
                .query(String.class)
                .list();
    }

    void recordTest(UUID tenantId, String outcome, String detail) {
        jdbc.sql("""
                        update idn_tenant_sso set last_test_at = ?, last_test_outcome = ?, last_test_detail = ?
                         where tenant_id = ?
                        """)
                .params(Timestamp.from(Instant.now()), outcome, detail, tenantId)
                .update();
    }

    void replaceSecret(UUID tenantId, String encryptedSecret) {
        jdbc.sql("update idn_tenant_sso set client_secret = ? where tenant_id = ?")
                .params(encryptedSecret, tenantId)
                .update();
    }

    private static TenantSsoRow row(ResultSet rs, int i) throws SQLException {
        Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
        strings(rs.getArray("jit_capabilities")).forEach(name -> capabilities.add(Capability.valueOf(name)));
        Timestamp lastTest = rs.getTimestamp("last_test_at");
        return new TenantSsoRow(
                rs.getObject("tenant_id", UUID.class),
                rs.getString("slug"),
                rs.getString("tenant_name"),
                rs.getBoolean("enabled"),
                rs.getString("issuer_uri"),
                rs.getString("client_id"),
                rs.getString("client_secret"),
                rs.getString("match_claim"),
                strings(rs.getArray("email_domains")),
                strings(rs.getArray("jit_domains")),
                rs.getObject("jit_organisation_id", UUID.class),
                capabilities,
                rs.getString("authorization_uri"),
                rs.getString("token_uri"),
                rs.getString("jwk_set_uri"),
                rs.getString("user_info_uri"),
                rs.getString("client_auth_method"),
                rs.getTimestamp("updated_at").toInstant(),
                lastTest == null ? null : lastTest.toInstant(),
                rs.getString("last_test_outcome"),
                rs.getString("last_test_detail"));
    }

    /** A tenant's single sign-on settings as stored; {@code encryptedSecret} as {@link SsoSecrets} wrote it. */
    record TenantSsoRow(
            UUID tenantId,
            String slug,
            String tenantName,
            boolean enabled,
            String issuerUri,
            String clientId,
            String encryptedSecret,
            String matchClaim,
            List<String> emailDomains,
            List<String> jitDomains,
            UUID jitOrganisationId,
            Set<Capability> jitCapabilities,
            String authorizationUri,
            String tokenUri,
            String jwkSetUri,
            String userInfoUri,
            String clientAuthMethod,
            Instant updatedAt,
            Instant lastTestAt,
            String lastTestOutcome,
            String lastTestDetail) {

        /** The OAuth2 client registration id of the tenant's single sign-on. */
        String registrationId() {
            return TenantSsoRegistrations.PREFIX + slug;
        }
    }
}
