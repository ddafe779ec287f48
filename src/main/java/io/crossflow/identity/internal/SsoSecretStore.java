package io.crossflow.identity.internal;

import io.crossflow.identity.IdentityProperties;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The node's {@link SsoSecrets}, made once from {@code crossflow.identity.sso}; at start-up it
 * re-encrypts with the current key every stored secret that only a previous key opens (key
 * rotation, docs/identity.md).
 */
@Component
class SsoSecretStore {

    private static final Logger log = LoggerFactory.getLogger(SsoSecretStore.class);

    private final SsoSecrets secrets;
    private final TenantSsoRows rows;

    SsoSecretStore(IdentityProperties settings, TenantSsoRows rows) {
        this.secrets = SsoSecrets.of(settings.sso());
        this.rows = rows;
    }

    String seal(String secret) {
        return secrets.encrypt(secret);
    }

    Optional<String> open(String stored) {
        return secrets.decrypt(stored);
    }

    @EventListener(ApplicationReadyEvent.class)
    void reencryptRotated() {
        for (TenantSsoRows.TenantSsoRow row : rows.all()) {
            if (secrets.needsReencryption(row.encryptedSecret())) {
                rows.replaceSecret(
                        row.tenantId(),
                        secrets.encrypt(open(row.encryptedSecret()).orElseThrow()));
                log.info("Re-encrypted the single sign-on client secret of tenant {} with the current key", row.slug());
            } else if (open(row.encryptedSecret()).isEmpty()) {
                log.warn(
                        "The single sign-on client secret of tenant {} opens with no configured key; its admin must"
                                + " enter it again",
                        row.slug());
            }
        }
    }
}
