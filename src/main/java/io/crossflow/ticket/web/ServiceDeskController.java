package io.crossflow.ticket.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.ticket.ServiceDesk;
import io.crossflow.ticket.ServiceDesks;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tenant's service desk, for its admins (docs/administration.md, "Service channel"). */
@RestController
class ServiceDeskController {

    private final ServiceDesks desks;

    ServiceDeskController(ServiceDesks desks) {
        this.desks = desks;
    }

    @GetMapping("/api/admin/service-desk")
    ServiceDeskDto get() {
        return ServiceDeskDto.of(desks.get(CurrentUsers.require()));
    }

    @PutMapping("/api/admin/service-desk")
    ServiceDeskDto save(@RequestBody(required = false) ServiceDesks.Settings body) {
        return ServiceDeskDto.of(desks.save(CurrentUsers.require(), body));
    }

    /** {@code capabilities}: the internal groups a desk may be formed of. */
    record ServiceDeskDto(
            String capability,
            int firstResponseHours,
            int resolutionHours,
            boolean open,
            boolean configured,
            Instant updatedAt,
            List<String> capabilities) {

        static ServiceDeskDto of(ServiceDesk d) {
            return new ServiceDeskDto(
                    d.capability(),
                    d.firstResponseHours(),
                    d.resolutionHours(),
                    d.open(),
                    d.configured(),
                    d.updatedAt(),
                    ServiceDesks.DESK_CAPABILITIES.stream().map(Enum::name).toList());
        }
    }
}
