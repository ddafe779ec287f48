package io.crossflow.shared;

import java.util.List;

/** Input a person must correct: answers 400 with a message and, where there are fields, one error per field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> fieldErrors;

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public InvalidInputException(String message, List<FieldError> fieldErrors) {
        super(message);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static InvalidInputException field(String field, String message) {
        return new InvalidInputException(
                "Please correct the highlighted field.", List.of(new FieldError(field, message)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** One field's problem, named as the client sent the field. */
    public record FieldError(String field, String message) {}
}
