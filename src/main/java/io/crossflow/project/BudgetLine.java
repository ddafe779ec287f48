package io.crossflow.project;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a project's budget: planned, committed (ordered) and actual (spent) amounts in one
 * ISO 4217 currency. Internal only. {@code version} guards concurrent edits.
 */
public record BudgetLine(
        UUID id,
        UUID projectId,
        String category,
        String description,
        String currency,
        BigDecimal planned,
        BigDecimal committed,
        BigDecimal actual,
        int version) {}
