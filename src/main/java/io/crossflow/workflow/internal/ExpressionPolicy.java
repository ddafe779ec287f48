package io.crossflow.workflow.internal;

import io.crossflow.workflow.ModelProblem;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which JUEL expressions a designer's model may contain. Expressions run inside the engine with
 * access to every Spring bean, so only plain values are allowed: variables, literals and operators,
 * and the allow-listed beans our own processes use. No member access ({@code .}, {@code [}), no
 * method or function calls, no engine objects ({@code execution}, {@code task}), no other bean.
 */
final class ExpressionPolicy {

    private static final Set<String> KEYWORDS = Set.of(
            "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "empty", "true", "false", "null", "div", "mod");

    /** Names the engine resolves to its own objects: never usable from a designer's model. */
    static final Set<String> ENGINE_NAMES = Set.of(
            "execution",
            "task",
            "caseExecution",
            "externalTask",
            "variableScope",
            "processEngine",
            "processEngineServices",
            "connector",
            "instanceof");

    private final Set<String> allowedBeans;
    private final Set<String> knownVariables;
    private final Predicate<String> isBean;

    ExpressionPolicy(Set<String> allowedBeans, Set<String> knownVariables, Predicate<String> isBean) {
        this.allowedBeans = Set.copyOf(allowedBeans);
        this.knownVariables = Set.copyOf(knownVariables);
        this.isBean = isBean;
    }

    Set<String> allowedBeans() {
        return allowedBeans;
    }

    /** Checks every {@code ${…}} and {@code #{…}} in the text; the element id is reported with each finding. */
    void check(String elementId, String text, List<ModelProblem> errors, List<ModelProblem> warnings) {
        for (String expression : expressions(text, elementId, errors)) {
            checkOne(elementId, expression, errors, warnings);
        }
    }

    /** A delegate expression must name exactly one allow-listed bean: {@code ${beanName}}. */
    void checkDelegate(String elementId, String text, List<ModelProblem> errors) {
        String value = text == null ? "" : text.trim();
        if (!value.matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")) {
            errors.add(new ModelProblem(
                    elementId,
                    "A delegate expression must name one allow-listed bean, like ${recordHandoffAccepted}."));
            return;
        }
        String bean = value.substring(2, value.length() - 1).trim();
        if (!allowedBeans.contains(bean)) {
            errors.add(new ModelProblem(
                    elementId,
                    "'" + bean + "' is not an allow-listed bean. Allowed: "
                            + String.join(", ", new java.util.TreeSet<>(allowedBeans)) + "."));
        }
    }

    static List<String> expressions(String text, String elementId, List<ModelProblem> errors) {
        List<String> found = new java.util.ArrayList<>();
        if (text == null) {
            return found;
        }
        int i = 0;
        while (i < text.length() - 1) {
            char c = text.charAt(i);
            if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
                int end = closing(text, i + 2);
                if (end < 0) {
                    errors.add(new ModelProblem(elementId, "An expression is not closed with '}': " + text));
                    return found;
                }
                found.add(text.substring(i + 2, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int closing(String text, int from) {
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    private void checkOne(String elementId, String expression, List<ModelProblem> errors, List<ModelProblem> warnings) {
        String shown = "${" + expression + "}";
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n && expression.charAt(j) != c) {
                    j += expression.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < n && Character.isJavaIdentifierPart(expression.charAt(j))) {
                    j++;
                }
                String name = expression.substring(i, j);
                int k = j;
                while (k < n && Character.isWhitespace(expression.charAt(k))) {
                    k++;
                }
                if (k < n && expression.charAt(k) == '(') {
                    errors.add(new ModelProblem(
                            elementId, "Calls are not allowed in expressions: '" + name + "(' in " + shown));
                    return;
                }
                identifier(elementId, name, shown, errors, warnings);
                i = j;
            } else if (c == '.' || c == '[') {
                errors.add(new ModelProblem(
                        elementId, "Member access ('" + c + "') is not allowed in expressions: " + shown));
                return;
            } else if ("=!<>&|+-*/%?:()".indexOf(c) >= 0) {
                i++;
            } else {
                errors.add(new ModelProblem(elementId, "'" + c + "' is not allowed in expressions: " + shown));
                return;
            }
        }
    }

    private void identifier(
            String elementId, String name, String shown, List<ModelProblem> errors, List<ModelProblem> warnings) {
        if (KEYWORDS.contains(name) || allowedBeans.contains(name)) {
            return;
        }
        if (ENGINE_NAMES.contains(name)) {
            errors.add(new ModelProblem(elementId, "'" + name + "' is an engine object and may not be used: " + shown));
        } else if (isBean.test(name)) {
            errors.add(new ModelProblem(elementId, "'" + name + "' is not an allow-listed bean: " + shown));
        } else if (!knownVariables.contains(name)) {
            warnings.add(new ModelProblem(
                    elementId,
                    "'" + name
                            + "' is no variable of Crossflow's processes: make sure a form or an earlier step sets it ("
                            + shown + ")."));
        }
    }
}
