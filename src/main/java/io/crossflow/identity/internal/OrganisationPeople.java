package io.crossflow.identity.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.internal.UserAdministration.UserFilter;
import io.crossflow.identity.internal.UserAdministration.UserView;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's own people, as its partner managers manage them inside the walls they are
 * given (docs/administration.md): a partner manager sees and deactivates the users of its own
 * organisation only; any other organisation answers 404 as if it did not exist. A tenant admin may
 * do the same for every organisation of its tenant. Other members of the organisation get 403.
 */
@Service
public class OrganisationPeople {

    static final String MANAGERS_ONLY = "Only your organisation's managers manage its people.";

    private final UserAdministration users;
    private final Organisations organisations;

    OrganisationPeople(UserAdministration users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public List<UserView> list(CurrentUser caller, UUID organisationId, String q, Boolean active) {
        requireManager(caller, organisationId);
        return users.listOf(caller.tenantId(), new UserFilter(q, organisationId, null, active, null, 0, 200));
    }

    @Transactional
    public UserView deactivate(CurrentUser caller, UUID organisationId, UUID userId) {
        requireManager(caller, organisationId);
        UserView user = users.find(caller.tenantId(), userId);
        if (!user.organisationId().equals(organisationId)) {
            throw new NotFoundException("User");
        }
        if (userId.equals(caller.id())) {
            throw new ConflictException(UserAdministration.NOT_YOURSELF);
        }
        if (user.active()) {
            users.deactivateMember(caller.tenantId(), userId);
            return users.audited(caller, "DEACTIVATED", user, userId);
        }
        return users.find(caller.tenantId(), userId);
    }

    private void requireManager(CurrentUser caller, UUID organisationId) {
        if (organisations.find(caller.tenantId(), organisationId).isEmpty()) {
            throw new NotFoundException("Organisation");
        }
        if (caller.has(Capability.TENANT_ADMIN)) {
            return;
        }
        if (!caller.organisationId().equals(organisationId)) {
            throw new NotFoundException("Organisation");
        }
        if (!caller.has(Capability.PARTNER_MANAGER)) {
            throw new ForbiddenException(MANAGERS_ONLY);
        }
    }
}
