package io.crossflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A form-js form of a tenant as last deployed; {@code schema} is null in lists. */
public record FormModel(String id, String deploymentId, Instant deployedAt, JsonNode schema) {}
