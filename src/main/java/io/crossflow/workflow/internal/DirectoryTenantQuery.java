package io.crossflow.workflow.internal;

import io.crossflow.tenancy.Tenant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Tenant queries over {@link EngineDirectory}: a user is a member of its own tenant only. */
class DirectoryTenantQuery extends TenantQueryImpl {

    private final transient EngineDirectory directory;

    DirectoryTenantQuery(EngineDirectory directory, CommandExecutor executor) {
        super(executor);
        this.directory = directory;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matches().count();
    }

    @Override
    public List<org.camunda.bpm.engine.identity.Tenant> executeList(CommandContext commandContext, Page page) {
        return Paging.page(
                matches()
                        .map(EngineDirectory::toTenant)
                        .map(org.camunda.bpm.engine.identity.Tenant.class::cast)
                        .sorted(Comparator.comparing(org.camunda.bpm.engine.identity.Tenant::getId)),
                page);
    }

    private Stream<Tenant> matches() {
        Stream<Tenant> tenants;
        if (userId != null) {
            tenants = directory.tenantOf(userId).stream();
        } else if (groupId != null) {
            // groups belong to the tenant of their organisation or project; only members name them
            tenants = Stream.empty();
        } else {
            tenants = directory.tenants(null).stream();
        }
        Set<String> idSet = ids == null ? null : Set.copyOf(Arrays.asList(ids));
        return tenants.filter(t -> id == null || id.equals(t.id().toString()))
                .filter(t -> idSet == null || idSet.contains(t.id().toString()))
                .filter(t -> name == null || name.equals(t.name()))
                .filter(t -> nameLike == null || Paging.like(t.name(), nameLike));
    }
}
