package io.crossflow.workflow;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Resolves a business key to its {@link BusinessObject}: the one mechanism behind every task's
 * object reference, whatever the process. Business keys are object ids (UUIDs); a key no source
 * knows (or one that is no UUID) resolves to nothing and the task is named by its step alone.
 */
@Service
public class BusinessObjects {

    private final ObjectProvider<BusinessObjectSource> sources;

    BusinessObjects(ObjectProvider<BusinessObjectSource> sources) {
        this.sources = sources;
    }

    public Optional<BusinessObject> resolve(UUID tenantId, String businessKey) {
        UUID id = uuid(businessKey);
        if (tenantId == null || id == null) {
            return Optional.empty();
        }
        List<BusinessObjectSource> all = sources.orderedStream().toList();
        for (BusinessObjectSource source : all) {
            Optional<BusinessObject> found = source.find(tenantId, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
