package io.crossflow.workflow;

import java.util.List;

/**
 * The result of validating a BPMN model before deployment: a model with errors is never deployed;
 * warnings do not stop a deployment.
 */
public record ModelValidation(List<ModelProblem> errors, List<ModelProblem> warnings) {

    public ModelValidation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
