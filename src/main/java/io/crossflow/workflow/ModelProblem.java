package io.crossflow.workflow;

/**
 * One finding of the process-model validation.
 *
 * @param elementId the BPMN element it is about (the modeler selects it), or null for the whole model
 */
public record ModelProblem(String elementId, String message) {}
