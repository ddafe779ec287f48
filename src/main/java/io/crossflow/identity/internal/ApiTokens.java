package io.crossflow.identity.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.crossflow.identity.AdministrativeChange;
import io.crossflow.identity.ApiTokenPolicy;
import io.crossflow.identity.ApiTokenScope;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.UserText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: a user creates them for itself, a tenant admin for the service users of its tenant.
 * The secret ({@value #PREFIX} + 32 random bytes, base64url) is returned once and stored only as
 * its SHA-256 hash, so a database dump yields no usable token.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "cft_";
    static final int MAX_DAYS = 365;
    private static final int MAX_NAME_LENGTH = 100;
    /** lastUsedAt is a hint for people, not an audit trail: one write per token and minute is enough. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VIEW_COLUMNS =
            "id, name, scopes, created_at, expires_at, last_used_at, revoked_at from idn_api_token";

    private final JdbcClient jdbc;
    private final Users users;

    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, Users users, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
    }

    /** The caller's own token, with scopes {@link ApiTokenPolicy} lets the caller (as it is now) hold. */
    @Transactional
    public CreatedToken createOwn(CurrentUser caller, TokenRequest request) {
        CurrentUser owner = users.currentUser(caller.id())
                .filter(user -> user.tenantId().equals(caller.tenantId()))
                .orElse(caller);
        return create(owner, caller.id(), request);
    }

    /** A tenant admin issues a token to a service user of its own tenant. */
    @Transactional
    public CreatedToken createForServiceUser(CurrentUser admin, UUID userId, TokenRequest request) {
        requireServiceUserOfAdmin(admin, userId);
        CurrentUser owner = users.currentUser(userId)
                .filter(user -> user.tenantId().equals(admin.tenantId()))
                .orElseThrow(() -> new NotFoundException("User"));
        return create(owner, admin.id(), request);
    }

    public List<TokenView> listOwn(CurrentUser caller) {
        return list(caller.tenantId(), caller.id());
    }

    public List<TokenView> listForServiceUser(CurrentUser admin, UUID userId) {
        requireServiceUserOfAdmin(admin, userId);
        return list(admin.tenantId(), userId);
    }

    /**
     * Revokes one of the caller's tokens, or as tenant admin any token of its tenant. A token the
     * caller may not revoke answers as one that does not exist. Revoking twice is harmless.
     */
    @Transactional
    public void revoke(CurrentUser caller, UUID tokenId) {
        UUID owner = jdbc.sql("select user_id from idn_api_token where tenant_id = ? and id = ?")
                .params(caller.tenantId(), tokenId)
                .query(UUID.class)
                .optional()
                .filter(userId -> userId.equals(caller.id()) || caller.has(Capability.TENANT_ADMIN))
                .orElseThrow(() -> new NotFoundException("API token"));
        int revoked = jdbc.sql(
                        "update idn_api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(now()), tokenId, owner)
                .update();
        if (revoked > 0) {
            events.publishEvent(AdministrativeChange.by(
                    caller, "API_TOKEN", tokenId, "REVOKED", AdministrativeChange.values("user", owner.toString())));
        }
    }

    /** The caller a token stands for, if the token is known, unexpired, unrevoked and its user enabled. */
    public Optional<ApiTokenPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = now();
        return jdbc.sql("""
                        select id, tenant_id, user_id, scopes from idn_api_token
                         where token_hash = ? and revoked_at is null and expires_at > ?
                        """)
                .params(hash(token), Timestamp.from(now))
                .query((rs, i) -> new ValidToken(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        scopes((String[]) rs.getArray("scopes").getArray())))
                .optional()
                .flatMap(valid -> users.currentUser(valid.userId())
                        .filter(user -> user.tenantId().equals(valid.tenantId()))
                        .map(user -> {
                            touch(valid.id(), now);
                            return new ApiTokenPrincipal(user, valid.id(), valid.scopes());
                        }));
    }

    private CreatedToken create(CurrentUser owner, UUID createdBy, TokenRequest request) {
        Valid valid = validate(request);
        ApiTokenPolicy.requireMayHold(owner, valid.scopes());
        UUID tenantId = owner.tenantId();
        UUID userId = owner.id();
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        UUID id = UUID.randomUUID();
        Instant createdAt = now();
        Instant expiresAt = createdAt.plus(Duration.ofDays(valid.days()));
        List<String> scopeNames =
                valid.scopes().stream().map(ApiTokenScope::value).toList();
        jdbc.sql("""
                        insert into idn_api_token (id, tenant_id, user_id, name, token_hash, scopes, created_by,
                                                   created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        tenantId,
                        userId,
                        valid.name(),
                        hash(token),
                        scopeNames.toArray(String[]::new),
                        createdBy,
                        Timestamp.from(createdAt),
                        Timestamp.from(expiresAt))
                .update();
        events.publishEvent(new AdministrativeChange(
                tenantId,
                createdBy,
                "API_TOKEN",
                id.toString(),
                "ISSUED",
                AdministrativeChange.values(
                        "user",
                        userId.toString(),
                        "name",
                        valid.name(),
                        "scopes",
                        String.join(", ", scopeNames),
                        "expiresAt",
                        expiresAt.toString()),
                createdAt));
        return new CreatedToken(id, valid.name(), scopeNames, createdAt, expiresAt, token);
    }

    private List<TokenView> list(UUID tenantId, UUID userId) {
        return jdbc.sql("select " + VIEW_COLUMNS + " where tenant_id = ? and user_id = ? order by created_at desc")
                .params(tenantId, userId)
                .query(TOKEN_VIEW)
                .list();
    }

    private void requireServiceUserOfAdmin(CurrentUser admin, UUID userId) {
        if (!admin.has(Capability.TENANT_ADMIN)) {
            throw new ForbiddenException("Only a tenant admin can manage the API tokens of service users.");
        }
        boolean serviceAccount = jdbc.sql("select service_account from idn_user where tenant_id = ? and id = ?")
                .params(admin.tenantId(), userId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("User"));
        if (!serviceAccount) {
            throw new ForbiddenException(
                    "Admins manage API tokens of service users only; people create their own tokens.");
        }
    }

    private void touch(UUID tokenId, Instant now) {
        jdbc.sql(
                        "update idn_api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), tokenId, Timestamp.from(now.minus(LAST_USED_RESOLUTION)))
                .update();
    }

    private static Valid validate(TokenRequest request) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            errors.add(new InvalidInputException.FieldError("name", "must not be blank"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new InvalidInputException.FieldError(
                    "name", "must be at most " + MAX_NAME_LENGTH + " characters long"));
        }
        EnumSet<ApiTokenScope> scopes = EnumSet.noneOf(ApiTokenScope.class);
        if (request.scopes() == null || request.scopes().isEmpty()) {
            errors.add(new InvalidInputException.FieldError("scopes", "must name at least one scope"));
        } else {
            for (String value : request.scopes()) {
                ApiTokenScope.parse(value)
                        .ifPresentOrElse(
                                scopes::add,
                                () -> errors.add(new InvalidInputException.FieldError(
                                        "scopes", "'" + value + "' is not a scope; use read, write or integration")));
            }
        }
        int days = request.expiresInDays() == null ? MAX_DAYS : request.expiresInDays();
        if (days < 1 || days > MAX_DAYS) {
            errors.add(new InvalidInputException.FieldError(
                    "expiresInDays", "must be between 1 and " + MAX_DAYS + " days"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
        return new Valid(name, scopes, days);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Instant now() {
        // the database keeps microseconds; what we return must equal what a later list shows
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static Set<ApiTokenScope> scopes(String[] values) {
        EnumSet<ApiTokenScope> scopes = EnumSet.noneOf(ApiTokenScope.class);
        Arrays.stream(values)
                .map(ApiTokenScope::parse)
                .flatMap(Optional::stream)
                .forEach(scopes::add);
        return scopes;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static final RowMapper<TokenView> TOKEN_VIEW = (rs, i) -> new TokenView(
            rs.getObject("id", UUID.class),
            rs.getString("name"),
            List.of((String[]) rs.getArray("scopes").getArray()),
            instant(rs.getTimestamp("created_at")),
            instant(rs.getTimestamp("expires_at")),
            instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")));

    /**
     * What a client asks for; {@code scopes} are strings so an unknown one becomes a field error.
     *
     * @param expiresInDays 1 to 365; null means 365
     */
    public record TokenRequest(String name, List<String> scopes, Integer expiresInDays) {

        public TokenRequest {
            name = UserText.name("name", name, UserText.MAX_NAME);
        }
    }

    /** A token as listed: never its secret. Null dates are shown, so clients see every field. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TokenView(
            UUID id,
            String name,
            List<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {}

    /** The answer to a creation, the only time the secret {@code token} is ever shown. */
    public record CreatedToken(
            UUID id, String name, List<String> scopes, Instant createdAt, Instant expiresAt, String token) {}

    private record Valid(String name, Set<ApiTokenScope> scopes, int days) {}

    private record ValidToken(UUID id, UUID tenantId, UUID userId, Set<ApiTokenScope> scopes) {}
}
