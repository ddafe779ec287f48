package io.crossflow.ticket;

import java.time.Instant;
import java.util.UUID;

/** One entry of a ticket's history: the stage it entered, who moved it (null: the process), when. */
public record StageChange(
        String stage, String previousStage, UUID actorId, String actorName, Instant at, String note) {}
