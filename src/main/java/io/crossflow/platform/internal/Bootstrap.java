package io.crossflow.platform.internal;

import io.crossflow.identity.TenantOnboarding;
import io.crossflow.identity.TenantOnboarding.NewOperator;
import io.crossflow.platform.PlatformProperties;
import io.crossflow.platform.TenantSetup;
import io.crossflow.platform.TenantSetup.Founded;
import io.crossflow.shared.GoneException;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import io.crossflow.tenancy.Tenants;
import io.crossflow.tenancy.Tenants.NewTenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an empty installation (docs/administration.md, "First start"). When no
 * platform operator exists, start-up prints a one-time token in the log; whoever holds it creates
 * the first operator and its platform tenant ({@code /platform/bootstrap} or {@code POST
 * /api/platform/bootstrap}). Only the token's SHA-256 is stored; it is single use and expires; a
 * new start without an operator replaces an unused one.
 */
@Service
public class Bootstrap {

    static final String UNKNOWN = "This bootstrap token is not known. Copy it again from the log of the last start.";
    static final String SPENT = "This bootstrap token has been used already or has expired. Restart Crossflow for a new"
            + " one if there is still no platform operator.";
    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final JdbcClient jdbc;
    private final TenantOnboarding onboarding;
    private final TenantSetup setup;
    private final Tenants tenants;
    private final Duration validity;
    private final SecureRandom random = new SecureRandom();

    Bootstrap(
            JdbcClient jdbc,
            TenantOnboarding onboarding,
            TenantSetup setup,
            Tenants tenants,
            PlatformProperties settings) {
        this.jdbc = jdbc;
        this.onboarding = onboarding;
        this.setup = setup;
        this.tenants = tenants;
        this.validity = settings.bootstrapTokenValidity();
    }

    /** After the demo seed (which brings its own operator): prints a token when nobody can operate the platform. */
    @Order(20)
    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        if (onboarding.anyOperator()) {
            return;
        }
        String token = issue();
        log.warn("""

                ==========================================================================================
                Crossflow has no platform operator yet. Create the first one, and its platform tenant,
                within {} with this one-time bootstrap token:

                    {}

                Open /platform/bootstrap in the browser, or (docs/administration.md, "First start"):
                    curl -X POST https://<host>/api/platform/bootstrap -H 'Content-Type: application/json' \\
                      -d '{"token":"<token>","tenantName":"…","slug":"…","defaultLanguage":"zh-CN",
                           "timeZone":"Asia/Shanghai","username":"…","email":"…","displayName":"…","password":"…"}'
                ==========================================================================================
                """, validity, token);
    }

    /** Whether the bootstrap page has anything to offer: true while no platform operator exists. */
    @Transactional(readOnly = true)
    public boolean open() {
        return !onboarding.anyOperator();
    }

    /** Issues a new token, replacing any unused one; the token itself is returned and never stored. */
    @Transactional
    public String issue() {
        Instant now = Instant.now();
        jdbc.sql("update plt_bootstrap_token set expires_at = ? where used_at is null and expires_at > ?")
                .params(Timestamp.from(now), Timestamp.from(now))
                .update();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "cfb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("insert into plt_bootstrap_token (id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), hash(token), Timestamp.from(now), Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /**
     * Spends the token: creates the platform tenant with its host organisation and the first
     * operator in it, all or nothing. An unknown token is a field error (400), a used or expired one 410; bad
     * input (every field named) spends nothing.
     */
    @Transactional
    public Created complete(CompleteRequest request) {
        String hash = hash(request.token() == null ? "" : request.token().strip());
        Boolean usable = jdbc.sql(
                        "select used_at is null and expires_at > ? from plt_bootstrap_token where token_hash = ?")
                .params(Timestamp.from(Instant.now()), hash)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> InvalidInputException.field("token", UNKNOWN));
        if (!usable) {
            throw new GoneException(SPENT);
        }
        NewTenant tenant =
                new NewTenant(request.tenantName(), request.slug(), request.defaultLanguage(), request.timeZone());
        List<FieldError> errors = new ArrayList<>(tenants.problems(tenant).stream()
                .map(e -> e.field().equals("name") ? new FieldError("tenantName", e.message()) : e)
                .toList());
        NewOperator operator = new NewOperator(
                request.username(),
                request.email(),
                request.displayName(),
                request.password(),
                request.defaultLanguage());
        errors.addAll(onboarding.operatorProblems(operator));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    errors.size() == 1
                            ? "Please correct the highlighted field."
                            : "Please correct the highlighted fields.",
                    errors);
        }
        int spent = jdbc.sql(
                        "update plt_bootstrap_token set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
                .params(Timestamp.from(Instant.now()), hash, Timestamp.from(Instant.now()))
                .update();
        if (spent == 0) {
            throw new GoneException(SPENT); // someone else was a moment faster
        }
        Founded founded = setup.found(tenant);
        UUID operatorId =
                onboarding.createOperator(founded.tenant().id(), founded.host().id(), operator);
        log.info(
                "Bootstrap: platform tenant '{}' and its first operator were created",
                founded.tenant().slug());
        return new Created(founded.tenant().id(), operatorId);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The token and what the first operator chooses: its platform tenant and its own account. */
    public record CompleteRequest(
            String token,
            String tenantName,
            String slug,
            String defaultLanguage,
            String timeZone,
            String username,
            String email,
            String displayName,
            String password) {}

    /** What bootstrapping created. */
    public record Created(UUID tenantId, UUID operatorId) {}
}
