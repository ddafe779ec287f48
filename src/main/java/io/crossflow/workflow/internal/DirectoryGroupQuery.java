package io.crossflow.workflow.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/**
 * Group queries over {@link EngineDirectory}. With {@code groupMember} they list the user's
 * organisation and project-role groups; without, the organisation groups.
 */
class DirectoryGroupQuery extends GroupQueryImpl {

    private final transient EngineDirectory directory;

    DirectoryGroupQuery(EngineDirectory directory, CommandExecutor executor) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches().count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        return Paging.page(matches().sorted(Comparator.comparing(Group::getId)), page);
    }

    private Stream<Group> matches() {
        Stream<Group> groups =
                userId != null ? directory.groupsOf(userId).stream() : directory.organisationGroups(tenantId).stream();
        Set<String> idSet = ids == null ? null : Set.copyOf(Arrays.asList(ids));
        return groups.filter(g -> id == null || id.equals(g.getId()))
                .filter(g -> idSet == null || idSet.contains(g.getId()))
                .filter(g -> name == null || name.equals(g.getName()))
                .filter(g -> nameLike == null || Paging.like(g.getName(), nameLike))
                .filter(g -> type == null || type.equals(g.getType()));
    }
}
