package io.crossflow.workflow.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** User queries over {@link EngineDirectory}, filtered in memory: the webapps ask for few users at a time. */
class DirectoryUserQuery extends UserQueryImpl {

    private final transient EngineDirectory directory;

    DirectoryUserQuery(EngineDirectory directory, CommandExecutor executor) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches().count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        Stream<User> users = matches().sorted(Comparator.comparing(User::getId));
        return Paging.page(users, page);
    }

    private Stream<User> matches() {
        Stream<User> candidates;
        if (id != null) {
            candidates = directory.user(id).stream();
        } else if (ids != null) {
            candidates = Arrays.stream(ids).map(directory::user).flatMap(java.util.Optional::stream);
        } else {
            candidates = directory.users(tenantId).stream();
        }
        return candidates
                .filter(u -> tenantId == null
                        || directory
                                .tenantOf(u.getId())
                                .filter(t -> t.id().toString().equals(tenantId))
                                .isPresent())
                .filter(u -> groupId == null
                        || directory.groupsOf(u.getId()).stream()
                                .anyMatch(g -> g.getId().equals(groupId)))
                .filter(u -> firstName == null || firstName.equals(u.getFirstName()))
                .filter(u -> firstNameLike == null || Paging.like(u.getFirstName(), firstNameLike))
                .filter(u -> lastName == null || lastName.equals(u.getLastName()))
                .filter(u -> lastNameLike == null || Paging.like(u.getLastName(), lastNameLike))
                .filter(u -> email == null || Objects.equals(email, u.getEmail()))
                .filter(u -> emailLike == null || Paging.like(u.getEmail(), emailLike));
    }
}
