package io.crossflow.project;

import io.crossflow.identity.Users;
import io.crossflow.workflow.CandidateGroups;
import io.crossflow.workflow.GroupDirectory;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The engine's view of a user's groups: its {@link ProjectAccess#candidateKeys candidate keys} without itself. */
@Component
class ProjectGroupDirectory implements GroupDirectory {

    private final Users users;
    private final ProjectAccess access;

    ProjectGroupDirectory(Users users, ProjectAccess access) {
        this.users = users;
        this.access = access;
    }

    @Override
    public Set<String> groupsOf(UUID tenantId, UUID userId) {
        return users.currentUser(userId)
                .filter(user -> user.tenantId().equals(tenantId))
                .map(user -> {
                    Set<String> groups = new LinkedHashSet<>(access.candidateKeys(user));
                    groups.remove(CandidateGroups.user(user.id().toString()));
                    return Set.copyOf(groups);
                })
                .orElse(Set.of());
    }
}
