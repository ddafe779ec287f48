package io.crossflow.notification.internal;

import java.util.Map;
import java.util.UUID;

/** One pending delivery, as the dispatcher locked it. */
record OutboxRow(
        UUID id,
        UUID tenantId,
        UUID recipientId,
        Channel channel,
        String dedupeKey,
        String type,
        Map<String, String> params,
        String link,
        int attempts) {}
