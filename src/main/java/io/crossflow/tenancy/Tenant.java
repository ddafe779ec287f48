package io.crossflow.tenancy;

import java.util.UUID;

/** A customer company of Crossflow; its id is also the Camunda tenant id of everything it runs. */
public record Tenant(UUID id, String slug, String name) {}
