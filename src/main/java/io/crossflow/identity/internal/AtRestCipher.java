package io.crossflow.identity.internal;

import io.crossflow.identity.IdentityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts the TOTP secrets at rest: AES-256-GCM with a fresh random IV per value (Spring Security
 * Crypto's {@code Encryptors.delux}), the key derived by PBKDF2 from {@code
 * crossflow.identity.totp.encryption-key}. A database dump alone then yields no usable secret.
 * Under the {@code prod} profile the development key is refused: the node starts (and says so in
 * its log), but nobody can enrol or pass a second step until the operator sets a key.
 */
@Component
class AtRestCipher {

    private static final Logger log = LoggerFactory.getLogger(AtRestCipher.class);
    // hex, as Encryptors wants it; the key is the secret, the salt only separates this use
    private static final String SALT = "63726f7373666c6f772d746f7470";
    static final String NOT_CONFIGURED = "Two-factor sign-in is not set up on this server yet: its operator has to set"
            + " CROSSFLOW_TOTP_ENCRYPTION_KEY.";

    private final TextEncryptor encryptor;

    AtRestCipher(IdentityProperties settings, Environment environment) {
        String key = settings.totp().encryptionKey();
        boolean unusable = key == null
                || key.isBlank()
                || (environment.acceptsProfiles(Profiles.of("prod"))
                        && IdentityProperties.Totp.DEVELOPMENT_KEY.equals(key));
        if (unusable) {
            log.warn("crossflow.identity.totp.encryption-key (CROSSFLOW_TOTP_ENCRYPTION_KEY) is not set: "
                    + "two-factor sign-in is unavailable until it is");
        }
        this.encryptor = unusable ? null : Encryptors.delux(key, SALT);
    }

    String encrypt(String clear) {
        return usable().encrypt(clear);
    }

    String decrypt(String encrypted) {
        return usable().decrypt(encrypted);
    }

    private TextEncryptor usable() {
        if (encryptor == null) {
            throw new TwoFactorUnavailableException(NOT_CONFIGURED);
        }
        return encryptor;
    }
}
