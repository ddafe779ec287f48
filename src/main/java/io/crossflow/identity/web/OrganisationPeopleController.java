package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.OrganisationPeople;
import io.crossflow.identity.internal.UserAdministration.UserView;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A partner manager's own organisation's people (docs/administration.md). */
@RestController
class OrganisationPeopleController {

    private final OrganisationPeople people;

    OrganisationPeopleController(OrganisationPeople people) {
        this.people = people;
    }

    @GetMapping("/api/organisations/{organisationId}/users")
    List<UserView> list(
            @PathVariable UUID organisationId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Boolean active) {
        return people.list(CurrentUsers.require(), organisationId, q, active);
    }

    @PostMapping("/api/organisations/{organisationId}/users/{userId}/deactivate")
    UserView deactivate(@PathVariable UUID organisationId, @PathVariable UUID userId) {
        return people.deactivate(CurrentUsers.require(), organisationId, userId);
    }
}
