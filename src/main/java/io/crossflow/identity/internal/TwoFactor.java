package io.crossflow.identity.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.IdentityProperties;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.InvalidInputException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's authenticator (RFC 6238 TOTP, {@link TotpCodes}) and its ten recovery codes
 * (docs/identity.md, "Two-factor sign-in"). The secret is encrypted at rest ({@link AtRestCipher});
 * recovery codes are kept as SHA-256 hashes and shown once. Every code works once: a TOTP code
 * only for a time step after the last one used, a recovery code until it is used.
 */
@Service
public class TwoFactor {

    static final int RECOVERY_CODES = 10;
    static final String WRONG_CODE = "This code is not right, or it has been used already.";
    static final String REQUIRED = "Two-factor sign-in is mandatory for your organisation; it cannot be turned off.";
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final AtRestCipher cipher;
    private final PasswordEncoder passwords;
    private final SignInPolicy policy;
    private final IdentityProperties.Totp settings;
    private final Clock clock;
    private final TotpCodes codes = new TotpCodes();
    private final SecureRandom random = new SecureRandom();

    TwoFactor(
            JdbcClient jdbc,
            AtRestCipher cipher,
            PasswordEncoder passwords,
            SignInPolicy policy,
            IdentityProperties properties,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.passwords = passwords;
        this.policy = policy;
        this.settings = properties.totp();
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** Whether the user signs in with a second factor, and how many recovery codes it has left. */
    @Transactional(readOnly = true)
    public Status status(CurrentUser user) {
        long left = jdbc.sql("select count(*) from idn_totp_recovery_code where user_id = ? and used_at is null")
                .param(user.id())
                .query(Long.class)
                .single();
        return new Status(enabled(user.id()), policy.requiresTotp(user), (int) left);
    }

    boolean enabled(UUID userId) {
        return jdbc.sql("select exists (select 1 from idn_totp where user_id = ? and confirmed_at is not null)")
                .param(userId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Starts (or starts again) an enrolment: a new secret waits for its first code. Refused while
     * an authenticator is confirmed: turning it off comes first.
     */
    @Transactional
    public Enrolment startEnrolment(CurrentUser user) {
        if (enabled(user.id())) {
            throw new ConflictException(
                    "Two-factor sign-in is already on. Turn it off first to set up another authenticator.");
        }
        String secret = codes.newSecret();
        jdbc.sql("""
                        insert into idn_totp (user_id, secret, created_at) values (:user, :secret, :now)
                        on conflict (user_id) do update set secret = :secret, created_at = :now, last_used_step = 0
                        """)
                .param("user", user.id())
                .param("secret", cipher.encrypt(secret))
                .param("now", Timestamp.from(clock.instant()))
                .update();
        String uri = TotpCodes.otpauthUri(settings.issuer(), user.username(), secret);
        return new Enrolment(secret, uri, TotpCodes.qrCode(uri));
    }

    /**
     * Confirms the enrolment with a code from the app and turns two-factor sign-in on.
     *
     * @return the ten recovery codes, shown this once
     */
    @Transactional
    public List<String> confirmEnrolment(CurrentUser user, String code) {
        String secret = jdbc.sql("select secret from idn_totp where user_id = ? and confirmed_at is null")
                .param(user.id())
                .query(String.class)
                .optional()
                .map(cipher::decrypt)
                .orElseThrow(() -> new ConflictException(
                        enabled(user.id())
                                ? "Two-factor sign-in is already on."
                                : "Start the set-up first: no authenticator is waiting to be confirmed."));
        Instant now = clock.instant();
        OptionalLong step = codes.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw InvalidInputException.field("code", WRONG_CODE);
        }
        jdbc.sql("update idn_totp set confirmed_at = ?, last_used_step = ? where user_id = ?")
                .params(Timestamp.from(now), step.getAsLong(), user.id())
                .update();
        return newRecoveryCodes(user.id());
    }

    /**
     * Checks a second factor at sign-in or before a change: a TOTP code for a time step after the
     * last one used, or an unused recovery code. Either is spent by this check.
     */
    @Transactional
    public boolean verify(UUID userId, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        Optional<String> secret = jdbc.sql("select secret from idn_totp where user_id = ? and confirmed_at is not null")
                .param(userId)
                .query(String.class)
                .optional()
                .map(cipher::decrypt);
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = codes.matchingStep(secret.get(), code, clock.instant());
        if (step.isPresent()) {
            // one statement: two requests with the same code cannot both take its step
            return jdbc.sql("update idn_totp set last_used_step = ? where user_id = ? and last_used_step < ?")
                            .params(step.getAsLong(), userId, step.getAsLong())
                            .update()
                    == 1;
        }
        return jdbc.sql("""
                        update idn_totp_recovery_code set used_at = ?
                         where user_id = ? and code_hash = ? and used_at is null
                        """)
                        .params(Timestamp.from(clock.instant()), userId, UnlockLinks.hash(normalised(code)))
                        .update()
                == 1;
    }

    /** Turns two-factor sign-in off, proven by the password or a code; not where it is mandatory. */
    @Transactional
    public void disable(CurrentUser user, Proof proof) {
        if (policy.requiresTotp(user)) {
            throw new ForbiddenException(REQUIRED);
        }
        requireProof(user, proof);
        jdbc.sql("delete from idn_totp_recovery_code where user_id = ?")
                .param(user.id())
                .update();
        jdbc.sql("delete from idn_totp where user_id = ?").param(user.id()).update();
    }

    /** Ten new recovery codes replace the old ones, proven by the password or a code. */
    @Transactional
    public List<String> regenerateRecoveryCodes(CurrentUser user, Proof proof) {
        if (!enabled(user.id())) {
            throw new ConflictException("Two-factor sign-in is off: there are no recovery codes to renew.");
        }
        requireProof(user, proof);
        return newRecoveryCodes(user.id());
    }

    private void requireProof(CurrentUser user, Proof proof) {
        if (proof != null && proof.password() != null && !proof.password().isEmpty()) {
            String hash = jdbc.sql("select password_hash from idn_user where id = ?")
                    .param(user.id())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (hash == null || !passwords.matches(proof.password(), hash)) {
                throw new WrongProof("password", Passwords.WRONG_CURRENT);
            }
            return;
        }
        if (proof == null || proof.code() == null || proof.code().isBlank()) {
            throw InvalidInputException.field("code", "Enter your password or a code from your authenticator app.");
        }
        if (!verify(user.id(), proof.code())) {
            throw new WrongProof("code", WRONG_CODE);
        }
    }

    private List<String> newRecoveryCodes(UUID userId) {
        jdbc.sql("delete from idn_totp_recovery_code where user_id = ?")
                .param(userId)
                .update();
        List<String> fresh = new ArrayList<>();
        while (fresh.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            if (!fresh.contains(shown)) {
                fresh.add(shown);
            }
        }
        for (String code : fresh) {
            jdbc.sql("insert into idn_totp_recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, UnlockLinks.hash(normalised(code)))
                    .update();
        }
        return fresh;
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * @param enabled an authenticator is confirmed
     * @param required the tenant makes two-factor sign-in mandatory for this user
     * @param recoveryCodesLeft unused recovery codes
     */
    public record Status(boolean enabled, boolean required, int recoveryCodesLeft) {}

    /**
     * What the app shows once to enrol.
     *
     * @param secret the Base32 secret, for typing into an app by hand
     * @param otpauthUri the {@code otpauth://} URI the QR code holds
     * @param qrCode the QR code as an SVG {@code data:} URI
     */
    public record Enrolment(String secret, String otpauthUri, String qrCode) {}

    /** The password or a current code (TOTP or recovery), for changes that need the person present. */
    public record Proof(String password, String code) {}
}
