package io.crossflow.workflow;

import io.crossflow.shared.Localized;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The result of validating a BPMN model before deployment: a model with errors is never deployed;
 * warnings do not stop a deployment.
 */
public record ModelValidation(List<ModelProblem> errors, List<ModelProblem> warnings) implements Localized {

    public ModelValidation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** The findings in the reader's language (the system module passes each message through). */
    @Override
    public ModelValidation localized(UnaryOperator<String> translate) {
        return new ModelValidation(
                errors.stream()
                        .map(p -> new ModelProblem(p.elementId(), translate.apply(p.message())))
                        .toList(),
                warnings.stream()
                        .map(p -> new ModelProblem(p.elementId(), translate.apply(p.message())))
                        .toList());
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
