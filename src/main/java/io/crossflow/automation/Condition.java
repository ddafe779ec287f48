package io.crossflow.automation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One test of a rule: {@code field operator value}, e.g. {@code status == DONE}. All conditions of
 * a rule must hold. A field the event does not carry (null) only equals nothing.
 */
public record Condition(String field, String operator, String value) {

    /** The comparison operators; ordering ones apply to number fields only. */
    public enum Operator {
        EQUALS("=="),
        NOT_EQUALS("!="),
        LESS("<"),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        GREATER_OR_EQUAL(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean ordering() {
            return this != EQUALS && this != NOT_EQUALS;
        }

        /** The operator by symbol ({@code ==}) or name ({@code EQUALS}). */
        public static Optional<Operator> of(String text) {
            for (Operator operator : values()) {
                if (operator.symbol.equals(text) || operator.name().equals(text)) {
                    return Optional.of(operator);
                }
            }
            return Optional.empty();
        }
    }

    /** Whether the event's fields satisfy this condition. */
    public boolean holds(Map<String, Object> fields) {
        Operator op = Operator.of(operator).orElseThrow();
        Object actual = fields.get(field);
        if (!op.ordering()) {
            boolean equal = actual != null && String.valueOf(actual).equals(value);
            return op == Operator.EQUALS ? equal : !equal;
        }
        if (actual == null) {
            return false;
        }
        int compared = new BigDecimal(String.valueOf(actual)).compareTo(new BigDecimal(value));
        return switch (op) {
            case LESS -> compared < 0;
            case LESS_OR_EQUAL -> compared <= 0;
            case GREATER -> compared > 0;
            default -> compared >= 0;
        };
    }
}
