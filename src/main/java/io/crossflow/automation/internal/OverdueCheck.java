package io.crossflow.automation.internal;

import io.crossflow.project.OverdueWorkItems;
import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.Tenants;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for overdue work items every hour (at minute 7, by default) so the "work item overdue"
 * trigger fires on the first check of a day; each item is announced once a day however often
 * the check runs and on however many nodes. A suspended tenant's items are left for the first
 * check after it is resumed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OverdueCheck {

    private final OverdueWorkItems overdue;
    private final Tenants tenants;
    private final Clock clock;

    OverdueCheck(OverdueWorkItems overdue, Tenants tenants, ObjectProvider<Clock> clock) {
        this.overdue = overdue;
        this.tenants = tenants;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Scheduled(cron = "${crossflow.automation.overdue-check-cron:0 7 * * * *}")
    void check() {
        // each tenant's "today" is a day of its own time zone
        for (Tenant tenant : tenants.all()) {
            if (!tenant.suspended()) {
                overdue.publishFor(tenant.id(), LocalDate.now(clock.withZone(tenants.zone(tenant.id()))));
            }
        }
    }
}
