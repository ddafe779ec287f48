package io.crossflow.workflow.internal;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The engine's identity service, read-only over Crossflow's own users, organisations, project
 * roles and tenants ({@link EngineDirectory}). Users and groups are managed in Crossflow, never in
 * Camunda Admin; only platform operators can sign in to the webapps.
 */
class CrossflowIdentityProvider implements ReadOnlyIdentityProvider {

    private final EngineDirectory directory;

    CrossflowIdentityProvider(EngineDirectory directory) {
        this.directory = directory;
    }

    @Override
    public User findUserById(String userId) {
        return directory.user(userId).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new DirectoryUserQuery(
                directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new DirectoryUserQuery(directory, null);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new BadUserRequestException("Native user queries are not supported: users live in Crossflow.");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return directory.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return createGroupQuery().groupId(groupId).singleResult();
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new DirectoryGroupQuery(
                directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new DirectoryGroupQuery(directory, null);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return createTenantQuery().tenantId(tenantId).singleResult();
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new DirectoryTenantQuery(
                directory, Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new DirectoryTenantQuery(directory, null);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** Opens one provider per engine command. */
    static final class Factory implements SessionFactory {

        private final EngineDirectory directory;

        Factory(EngineDirectory directory) {
            this.directory = directory;
        }

        @Override
        public Class<?> getSessionType() {
            return ReadOnlyIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new CrossflowIdentityProvider(directory);
        }
    }
}
