package io.crossflow.identity.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.identity.internal.OrganisationAdministration;
import io.crossflow.identity.internal.OrganisationAdministration.OrganisationRequest;
import io.crossflow.identity.internal.OrganisationAdministration.OrganisationView;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenant admins' organisations (docs/administration.md). */
@RestController
class AdminOrganisationController {

    private final OrganisationAdministration organisations;

    AdminOrganisationController(OrganisationAdministration organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/api/admin/organisations")
    List<OrganisationView> list() {
        return organisations.list(CurrentUsers.require());
    }

    @PostMapping("/api/admin/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    OrganisationView create(@RequestBody OrganisationRequest request) {
        return organisations.create(CurrentUsers.require(), request);
    }

    @GetMapping("/api/admin/organisations/{id}")
    OrganisationView get(@PathVariable UUID id) {
        return organisations.get(CurrentUsers.require(), id);
    }

    @PatchMapping("/api/admin/organisations/{id}")
    OrganisationView update(@PathVariable UUID id, @RequestBody OrganisationRequest request) {
        return organisations.update(CurrentUsers.require(), id, request);
    }

    @PostMapping("/api/admin/organisations/{id}/deactivate")
    OrganisationView deactivate(@PathVariable UUID id) {
        return organisations.deactivate(CurrentUsers.require(), id);
    }

    @PostMapping("/api/admin/organisations/{id}/reactivate")
    OrganisationView reactivate(@PathVariable UUID id) {
        return organisations.reactivate(CurrentUsers.require(), id);
    }
}
