package io.crossflow.project;

import java.time.LocalDate;
import java.util.UUID;

/** A project of a tenant. */
public record Project(
        UUID id,
        UUID tenantId,
        String key,
        String name,
        String description,
        String status,
        LocalDate plannedStart,
        LocalDate plannedEnd) {}
