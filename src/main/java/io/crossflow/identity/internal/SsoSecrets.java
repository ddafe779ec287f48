package io.crossflow.identity.internal;

import io.crossflow.identity.IdentityProperties;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.encrypt.Encryptors;

/**
 * Encrypts tenants' OIDC client secrets at rest: AES-256-GCM ({@link Encryptors#delux}: a key
 * derived from the configured key and a random salt per value by PBKDF2, a random IV per
 * encryption, the GCM tag refusing any altered value). A stored value is {@code v1:<salt>:<hex>}.
 * Values encrypted with one of the previous keys still decrypt, so a key can be rotated without
 * losing the secrets ({@link #needsReencryption}).
 */
final class SsoSecrets {

    static final int MIN_KEY_LENGTH = 32;
    private static final Logger log = LoggerFactory.getLogger(SsoSecrets.class);
    private static final String VERSION = "v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String key;
    private final List<String> previousKeys;

    SsoSecrets(String key, List<String> previousKeys) {
        this.key = key;
        this.previousKeys = List.copyOf(previousKeys);
    }

    /** The secrets of the settings; an ephemeral key (with a warning) when none is configured and none is required. */
    static SsoSecrets of(IdentityProperties.Sso settings) {
        String key = settings.encryptionKey();
        if (key == null || key.isBlank()) {
            if (settings.encryptionKeyRequired()) {
                throw new IllegalStateException("crossflow.identity.sso.encryption-key is required (profile prod):"
                        + " set CROSSFLOW_SSO_ENCRYPTION_KEY to a random value of at least " + MIN_KEY_LENGTH
                        + " characters, e.g. the output of 'openssl rand -hex 32' (docs/identity.md).");
            }
            log.warn("No crossflow.identity.sso.encryption-key configured: tenants' single sign-on client secrets are"
                    + " encrypted with a random key that lives only as long as this process; secrets saved now must"
                    + " be entered again after a restart. Configure a key outside development.");
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            key = HexFormat.of().formatHex(random);
        }
        List<String> keys = new ArrayList<>(List.of(key));
        keys.addAll(settings.previousEncryptionKeys());
        for (String each : keys) {
            if (each == null || each.length() < MIN_KEY_LENGTH) {
                throw new IllegalStateException("Every crossflow.identity.sso encryption key needs at least "
                        + MIN_KEY_LENGTH + " characters (e.g. 'openssl rand -hex 32').");
            }
        }
        return new SsoSecrets(key, settings.previousEncryptionKeys());
    }

    String encrypt(String secret) {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return VERSION + ":" + saltHex + ":" + Encryptors.delux(key, saltHex).encrypt(secret);
    }

    /** The secret, or empty when no configured key opens the value (a lost or rotated-away key). */
    Optional<String> decrypt(String stored) {
        Optional<String> plain = decrypt(stored, key);
        for (int i = 0; plain.isEmpty() && i < previousKeys.size(); i++) {
            plain = decrypt(stored, previousKeys.get(i));
        }
        return plain;
    }

    /** Whether the value opens only with a previous key, and should be encrypted again with the current one. */
    boolean needsReencryption(String stored) {
        return decrypt(stored, key).isEmpty() && decrypt(stored).isPresent();
    }

    private static Optional<String> decrypt(String stored, String key) {
        String[] parts = stored == null ? new String[0] : stored.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(Encryptors.delux(key, parts[1]).decrypt(parts[2]));
        } catch (RuntimeException wrongKeyOrAltered) {
            return Optional.empty();
        }
    }
}
