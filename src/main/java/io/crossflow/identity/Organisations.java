package io.crossflow.identity;

import io.crossflow.shared.UserText;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations of a tenant. */
@Service
public class Organisations {

    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organisation> find(UUID tenantId, UUID organisationId) {
        return jdbc.sql("select id, tenant_id, name, kind from idn_organisation where tenant_id = ? and id = ?")
                .params(tenantId, organisationId)
                .query(Organisation.class)
                .optional();
    }

    public List<Organisation> all(UUID tenantId) {
        return jdbc.sql(
                        "select id, tenant_id, name, kind from idn_organisation where tenant_id = ? order by kind, name")
                .param(tenantId)
                .query(Organisation.class)
                .list();
    }

    /** The tenant's organisations that are not deactivated, by kind and name. */
    public List<Organisation> active(UUID tenantId) {
        return jdbc.sql("select id, tenant_id, name, kind from idn_organisation where tenant_id = ? and active"
                        + " order by kind, name")
                .param(tenantId)
                .query(Organisation.class)
                .list();
    }

    /** The organisations of the tenant among {@code ids}, in one query; unknown ids are left out. */
    public List<Organisation> all(UUID tenantId, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select id, tenant_id, name, kind from idn_organisation where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", ids)
                .query(Organisation.class)
                .list();
    }

    public Optional<Organisation> findByName(UUID tenantId, String name) {
        return jdbc.sql("select id, tenant_id, name, kind from idn_organisation where tenant_id = ? and name = ?")
                .params(tenantId, name)
                .query(Organisation.class)
                .optional();
    }

    @Transactional
    public Organisation create(UUID tenantId, String name, OrganisationKind kind) {
        name = UserText.name("name", name, UserText.MAX_NAME);
        Organisation organisation = new Organisation(UUID.randomUUID(), tenantId, name, kind);
        jdbc.sql("insert into idn_organisation (id, tenant_id, name, kind) values (?, ?, ?, ?)")
                .params(organisation.id(), tenantId, name, kind.name())
                .update();
        return organisation;
    }
}
