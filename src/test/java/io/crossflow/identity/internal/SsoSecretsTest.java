package io.crossflow.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.identity.IdentityProperties;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SsoSecretsTest {

    private static final String OLD_KEY = "old-key-0123456789abcdef0123456789abcdef";
    private static final String NEW_KEY = "new-key-0123456789abcdef0123456789abcdef";

    @Test
    void aSecretIsStoredUnreadableAndDifferentEachTime() {
        SsoSecrets secrets = new SsoSecrets(NEW_KEY, List.of());

        String once = secrets.encrypt("client-secret-value");
        String twice = secrets.encrypt("client-secret-value");

        assertThat(once).doesNotContain("client-secret-value").startsWith("v1:").isNotEqualTo(twice);
        assertThat(secrets.decrypt(once)).contains("client-secret-value");
        assertThat(secrets.decrypt(twice)).contains("client-secret-value");
    }

    @Test
    void anotherKeyCannotReadIt() {
        String stored = new SsoSecrets(OLD_KEY, List.of()).encrypt("client-secret-value");

        assertThat(new SsoSecrets(NEW_KEY, List.of()).decrypt(stored)).isEmpty();
    }

    @Test
    void anAlteredValueIsRefused() {
        SsoSecrets secrets = new SsoSecrets(NEW_KEY, List.of());
        String stored = secrets.encrypt("client-secret-value");
        char last = stored.charAt(stored.length() - 1);
        String altered = stored.substring(0, stored.length() - 1) + (last == '0' ? '1' : '0');

        assertThat(secrets.decrypt(altered)).isEmpty();
    }

    @Test
    void rotationReadsOldValuesAndAsksForTheirReencryption() {
        String stored = new SsoSecrets(OLD_KEY, List.of()).encrypt("client-secret-value");
        SsoSecrets rotated = new SsoSecrets(NEW_KEY, List.of(OLD_KEY));

        assertThat(rotated.decrypt(stored)).contains("client-secret-value");
        assertThat(rotated.needsReencryption(stored)).isTrue();
        String again = rotated.encrypt(rotated.decrypt(stored).orElseThrow());
        assertThat(rotated.needsReencryption(again)).isFalse();
        assertThat(new SsoSecrets(NEW_KEY, List.of()).decrypt(again)).contains("client-secret-value");
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> SsoSecrets.of(new IdentityProperties.Sso(null, null, true, Duration.ofSeconds(5))))
                .hasMessageContaining("crossflow.identity.sso.encryption-key is required");
        assertThatThrownBy(() -> SsoSecrets.of(new IdentityProperties.Sso("short", null, false, Duration.ofSeconds(5))))
                .hasMessageContaining("at least 32 characters");
    }

    @Test
    void developmentWorksWithAnEphemeralKey() {
        SsoSecrets secrets = SsoSecrets.of(new IdentityProperties.Sso("", null, false, Duration.ofSeconds(5)));

        assertThat(secrets.decrypt(secrets.encrypt("s"))).contains("s");
    }
}
