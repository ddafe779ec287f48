package io.crossflow.workflow;

import java.time.Instant;

/**
 * An ended activity of a process instance, from the engine's history.
 *
 * @param type the BPMN type as the engine names it ({@code userTask}, {@code serviceTask},
 *     {@code startEvent}, {@code exclusiveGateway}, …)
 * @param assignee the user id who held a user task when it ended (who completed it), else null
 * @param canceled whether it ended without completing (a boundary event, a cancellation)
 */
public record HistoricStep(
        String activityId,
        String name,
        String type,
        String assignee,
        Instant startedAt,
        Instant endedAt,
        boolean canceled) {}
