package io.crossflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/** A form-js form to deploy with a process model: its id (as {@code camunda:formRef} names it) and schema. */
public record NewForm(String id, JsonNode schema) {}
