package io.crossflow.page.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.ticket.ServiceDesks;
import org.springframework.stereotype.Component;

/**
 * Who writes the tenant's own help pages: its tenant admins and the holders of its service desk's
 * capability ({@link ServiceDesks}), internal users all. They alone see drafts, publish, withdraw
 * and order the help centre; everyone else of the tenant reads what is published.
 */
@Component
public class HelpEditors {

    private final ServiceDesks desks;

    HelpEditors(ServiceDesks desks) {
        this.desks = desks;
    }

    public boolean may(CurrentUser user) {
        if (!user.internal()) {
            return false;
        }
        if (user.has(Capability.TENANT_ADMIN)) {
            return true;
        }
        String desk = desks.of(user.tenantId()).capability();
        return user.capabilities().stream().anyMatch(c -> c.name().equals(desk));
    }
}
