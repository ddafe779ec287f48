package io.crossflow.testing;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ids of the seeded demo objects tests start from (the demo project, its partner organisations). */
@Component
public class DemoIds {

    public static final String DEMO_PROJECT = "Gearbox Housing Line";
    public static final String SUPPLIER_A = "Precision Parts Ltd";

    private final JdbcClient jdbc;

    DemoIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "Gearbox Housing Line" of tenant Demo Manufacturing. */
    public UUID demoProject() {
        return jdbc.sql("select p.id from prj_project p join ten_tenant t on t.id = p.tenant_id"
                        + " where t.slug = 'demo' and p.name = ?")
                .param(DEMO_PROJECT)
                .query(UUID.class)
                .single();
    }

    public UUID demoTenant() {
        return jdbc.sql("select id from ten_tenant where slug = 'demo'")
                .query(UUID.class)
                .single();
    }

    /** A demo organisation by its name, e.g. {@link #SUPPLIER_A}. */
    public UUID organisation(String name) {
        return jdbc.sql("select id from idn_organisation where name = ?")
                .param(name)
                .query(UUID.class)
                .single();
    }
}
