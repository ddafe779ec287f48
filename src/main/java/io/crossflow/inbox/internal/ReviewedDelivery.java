package io.crossflow.inbox.internal;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.inbox.TaskView;
import io.crossflow.workflow.Deliveries;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The delivery an open task reviews, with who delivered it by name; the caller has checked the reader may work on the task. */
@Component
public class ReviewedDelivery {

    private final Deliveries deliveries;
    private final Users users;
    private final Organisations organisations;

    ReviewedDelivery(Deliveries deliveries, Users users, Organisations organisations) {
        this.deliveries = deliveries;
        this.users = users;
        this.organisations = organisations;
    }

    public Optional<TaskView.Delivered> of(CurrentUser reader, String taskId, Locale locale) {
        return deliveries.reviewedBy(reader.tenantId(), taskId, locale).map(d -> {
            Optional<UserSummary> by = user(reader.tenantId(), d.completedBy());
            return new TaskView.Delivered(
                    d,
                    by.map(UserSummary::displayName).orElse(null),
                    by.flatMap(u -> organisations.find(reader.tenantId(), u.organisationId()))
                            .map(Organisation::name)
                            .orElse(null));
        });
    }

    private Optional<UserSummary> user(UUID tenantId, String id) {
        try {
            return id == null ? Optional.empty() : users.find(tenantId, UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
