package io.crossflow.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and creates tenants. Creating one publishes {@link TenantCreated}. */
@Service
public class Tenants {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Tenants(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Tenant> all() {
        return jdbc.sql("select id, slug, name from ten_tenant order by name")
                .query(Tenant.class)
                .list();
    }

    public Optional<Tenant> find(UUID id) {
        return jdbc.sql("select id, slug, name from ten_tenant where id = ?")
                .param(id)
                .query(Tenant.class)
                .optional();
    }

    public Optional<Tenant> findBySlug(String slug) {
        return jdbc.sql("select id, slug, name from ten_tenant where slug = ?")
                .param(slug)
                .query(Tenant.class)
                .optional();
    }

    @Transactional
    public Tenant create(String slug, String name) {
        Tenant tenant = new Tenant(UUID.randomUUID(), slug, name);
        jdbc.sql("insert into ten_tenant (id, slug, name) values (?, ?, ?)")
                .params(tenant.id(), tenant.slug(), tenant.name())
                .update();
        events.publishEvent(new TenantCreated(tenant.id()));
        return tenant;
    }
}
