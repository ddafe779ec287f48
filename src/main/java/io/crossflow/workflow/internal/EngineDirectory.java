package io.crossflow.workflow.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.GroupDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Crossflow's users, groups and tenants as the engine's identity types, read through the identity,
 * tenancy and {@link GroupDirectory} APIs. A user's engine id is its UUID; lookups by id also
 * accept the username, because Camunda's webapp login sends what the person typed. Beans are
 * resolved lazily: the engine is configured before most of the application exists.
 */
@Component
class EngineDirectory {

    static final String ORGANISATION_TYPE = "organisation";
    static final String PROJECT_ROLE_TYPE = "project-role";

    private final ObjectProvider<Users> users;
    private final ObjectProvider<Organisations> organisations;
    private final ObjectProvider<Tenants> tenants;
    private final ObjectProvider<GroupDirectory> groups;
    private final ObjectProvider<UserDetailsService> userDetails;
    private final ObjectProvider<PasswordEncoder> passwordEncoder;

    EngineDirectory(
            ObjectProvider<Users> users,
            ObjectProvider<Organisations> organisations,
            ObjectProvider<Tenants> tenants,
            ObjectProvider<GroupDirectory> groups,
            ObjectProvider<UserDetailsService> userDetails,
            ObjectProvider<PasswordEncoder> passwordEncoder) {
        this.users = users;
        this.organisations = organisations;
        this.tenants = tenants;
        this.groups = groups;
        this.userDetails = userDetails;
        this.passwordEncoder = passwordEncoder;
    }

    /** The enabled user by UUID or username. */
    Optional<CurrentUser> resolve(String idOrUsername) {
        if (idOrUsername == null || idOrUsername.isBlank()) {
            return Optional.empty();
        }
        UUID id = uuid(idOrUsername);
        return id != null
                ? users.getObject().currentUser(id)
                : users.getObject().currentUserByUsername(idOrUsername);
    }

    /** Only platform operators may sign in to Cockpit and Admin; everyone else is refused like a wrong password. */
    boolean checkPassword(String idOrUsername, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        Optional<CurrentUser> user = resolve(idOrUsername).filter(u -> u.has(Capability.PLATFORM_OPERATOR));
        if (user.isEmpty()) {
            return false;
        }
        try {
            UserDetails details =
                    userDetails.getObject().loadUserByUsername(user.get().username());
            return details.isEnabled()
                    && details.getPassword() != null
                    && passwordEncoder.getObject().matches(password, details.getPassword());
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    Optional<User> user(String idOrUsername) {
        return resolve(idOrUsername).map(this::toUser);
    }

    /** All enabled users; {@code tenantId} narrows to one tenant when not null. */
    List<User> users(String tenantId) {
        List<User> all = new ArrayList<>();
        for (Tenant tenant : tenants(tenantId)) {
            for (Organisation organisation : organisations.getObject().all(tenant.id())) {
                users.getObject().inOrganisation(tenant.id(), organisation.id()).stream()
                        .map(EngineDirectory::toUser)
                        .forEach(all::add);
            }
        }
        return all;
    }

    /** The groups of a user: its organisation and its project roles. */
    List<Group> groupsOf(String idOrUsername) {
        return resolve(idOrUsername)
                .map(user -> groups.getObject().groupsOf(user.tenantId(), user.id()).stream()
                        .map(id -> group(user.tenantId(), id))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The organisation groups of all tenants (or one). Project-role groups exist per membership
     * and are found through their members ({@link #groupsOf}).
     */
    List<Group> organisationGroups(String tenantId) {
        List<Group> all = new ArrayList<>();
        for (Tenant tenant : tenants(tenantId)) {
            organisations.getObject().all(tenant.id()).stream()
                    .map(EngineDirectory::organisationGroup)
                    .forEach(all::add);
        }
        return all;
    }

    List<Tenant> tenants(String tenantId) {
        if (tenantId == null) {
            return tenants.getObject().all();
        }
        UUID id = uuid(tenantId);
        return id == null
                ? List.of()
                : tenants.getObject().find(id).map(List::of).orElse(List.of());
    }

    Optional<Tenant> tenantOf(String idOrUsername) {
        return resolve(idOrUsername).flatMap(user -> tenants.getObject().find(user.tenantId()));
    }

    static TenantEntity toTenant(Tenant tenant) {
        TenantEntity entity = new TenantEntity(tenant.id().toString());
        entity.setName(tenant.name());
        return entity;
    }

    private User toUser(CurrentUser user) {
        UserEntity entity = new UserEntity(user.id().toString());
        entity.setFirstName(user.displayName());
        entity.setLastName("");
        entity.setEmail(users.getObject()
                .find(user.tenantId(), user.id())
                .map(UserSummary::email)
                .orElse(null));
        return entity;
    }

    private static User toUser(UserSummary user) {
        UserEntity entity = new UserEntity(user.id().toString());
        entity.setFirstName(user.displayName());
        entity.setLastName("");
        entity.setEmail(user.email());
        return entity;
    }

    private Group group(UUID tenantId, String id) {
        if (id.startsWith("org:")) {
            UUID organisationId = uuid(id.substring(4));
            Optional<Organisation> organisation = organisationId == null
                    ? Optional.empty()
                    : organisations.getObject().find(tenantId, organisationId);
            if (organisation.isPresent()) {
                return organisationGroup(organisation.get());
            }
        }
        GroupEntity entity = new GroupEntity(id);
        entity.setName(id);
        entity.setType(PROJECT_ROLE_TYPE);
        return entity;
    }

    private static Group organisationGroup(Organisation organisation) {
        GroupEntity entity = new GroupEntity(CandidateGroups.organisation(organisation.id()));
        entity.setName(organisation.name()
                + (organisation.kind() == OrganisationKind.HOST
                        ? ""
                        : " (" + organisation.kind().name().toLowerCase() + ")"));
        entity.setType(ORGANISATION_TYPE);
        return entity;
    }

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
