package io.crossflow.workflow.internal;

import io.crossflow.workflow.ModelProblem;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Which expressions a designer's model may contain. Expressions run inside the engine with access
 * to every Spring bean, so only plain values are allowed: process variables, literals, operators
 * and the allow-listed beans our own processes use. The text is parsed by the engine's own JUEL
 * parser (with the engine's method-invocation and varargs features), and the tree is walked
 * against an allow-list of node kinds: what the engine would evaluate is exactly what is checked.
 * Refused: member access ({@code .}, {@code [ ]}), method and function calls ({@code T(…)} is one),
 * the engine's objects ({@code execution}, {@code task}, …) and every other bean.
 */
final class ExpressionPolicy {

    /** Names the engine resolves to its own objects: never usable from a designer's model. */
    static final Set<String> ENGINE_NAMES = Set.of(
            "execution",
            "task",
            "caseExecution",
            "externalTask",
            "variableScope",
            "processEngine",
            "processEngineServices",
            "authenticatedUserId",
            "connector",
            "dateTime",
            "currentUser",
            "currentUserGroups",
            "decisionResult");

    /** The engine's parser features (JuelExpressionManager): method invocations and varargs. */
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

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

    /** True when the text holds an expression ({@code ${…}} or {@code #{…}}) the engine would evaluate. */
    static boolean hasExpression(String text) {
        Tree tree = tree(text);
        return tree == null || !(tree.getRoot() instanceof AstText);
    }

    /** Checks every expression in the text; the element id is reported with each finding. */
    void check(String elementId, String text, List<ModelProblem> errors, List<ModelProblem> warnings) {
        if (!mayHoldExpression(text)) {
            return;
        }
        String shown = shown(text);
        Tree tree;
        try {
            tree = PARSER.build(text);
        } catch (TreeBuilderException e) {
            errors.add(new ModelProblem(
                    elementId,
                    shown + " cannot be read as an expression (element " + elementId + "): " + e.getMessage()));
            return;
        }
        String refusal = refusal(tree.getRoot(), shown, elementId, warnings);
        if (refusal != null) {
            errors.add(new ModelProblem(elementId, refusal));
        }
    }

    /** A delegate expression must be exactly {@code ${beanName}} with an allow-listed bean. */
    void checkDelegate(String elementId, String text, List<ModelProblem> errors) {
        Tree tree = tree(text == null ? "" : text.trim());
        String shown = shown(text);
        if (tree == null
                || !(tree.getRoot() instanceof AstEval eval)
                || !(eval.getChild(0) instanceof AstIdentifier bean)) {
            errors.add(new ModelProblem(
                    elementId,
                    shown + " is not allowed (element " + elementId + "): a delegate expression must be the name"
                            + " of one allow-listed bean in ${…}."));
            return;
        }
        if (!allowedBeans.contains(bean.getName())) {
            errors.add(new ModelProblem(
                    elementId,
                    shown + " is not allowed (element " + elementId + "): '" + bean.getName()
                            + "' is not an allow-listed bean. Allowed: "
                            + String.join(", ", new TreeSet<>(allowedBeans)) + "."));
        }
    }

    /** Every identifier the text's expressions name (for deriving the allow-list from our own models). */
    static void identifiers(String text, Consumer<String> names) {
        Tree tree = mayHoldExpression(text) ? tree(text) : null;
        if (tree != null) {
            collect(tree.getRoot(), names);
        }
    }

    private static void collect(Node node, Consumer<String> names) {
        if (node instanceof AstIdentifier identifier) {
            names.accept(identifier.getName());
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            collect(node.getChild(i), names);
        }
    }

    private static Tree tree(String text) {
        try {
            return PARSER.build(text == null ? "" : text);
        } catch (TreeBuilderException e) {
            return null;
        }
    }

    private static boolean mayHoldExpression(String text) {
        // without "${" or "#{" the parser yields literal text; skip the parse for the common case
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    /** The first reason to refuse the node's subtree, or null when all of it is allowed. */
    private String refusal(Node node, String shown, String elementId, List<ModelProblem> warnings) {
        String where = shown + " is not allowed (element " + elementId + "): ";
        if (node instanceof AstMethod method) {
            return where + "expressions may not call methods or functions (" + member(method.getChild(0)) + "(…)).";
        }
        if (node instanceof AstFunction function) {
            return where + "expressions may not call methods or functions (" + function.getName() + "(…)).";
        }
        if (node instanceof AstDot || node instanceof AstBracket) {
            return where + "expressions may not access members of objects (" + member(node) + ").";
        }
        if (node instanceof AstIdentifier identifier) {
            return identifier(identifier.getName(), where, shown, elementId, warnings);
        }
        if (!isPlain(node)) {
            return where + "'" + node + "' is no plain value or operator.";
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            String refused = refusal(node.getChild(i), shown, elementId, warnings);
            if (refused != null) {
                return refused;
            }
        }
        return null;
    }

    /** {@code .name} for a dot, {@code [...]} for a bracket (JUEL's own rendering, without the blank). */
    private static String member(Node node) {
        return node.toString().replace(". ", ".");
    }

    private static boolean isPlain(Node node) {
        return node instanceof AstComposite
                || node instanceof AstEval
                || node instanceof AstText
                || node instanceof AstNested
                || node instanceof AstBinary
                || node instanceof AstUnary
                || node instanceof AstChoice
                || node instanceof AstString
                || node instanceof AstNumber
                || node instanceof AstBoolean
                || node instanceof AstNull;
    }

    private String identifier(String name, String where, String shown, String elementId, List<ModelProblem> warnings) {
        if (allowedBeans.contains(name)) {
            return null;
        }
        if (ENGINE_NAMES.contains(name)) {
            return where + "'" + name + "' is an engine object.";
        }
        if (isBean.test(name)) {
            return where + "'" + name + "' is a bean that is not allow-listed.";
        }
        if (!knownVariables.contains(name)) {
            warnings.add(new ModelProblem(
                    elementId,
                    "'" + name
                            + "' is no variable of Crossflow's processes: make sure a form or an earlier step sets it ("
                            + shown + ")."));
        }
        return null;
    }

    private static String shown(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() > 120 ? value.substring(0, 117) + "..." : value;
    }
}
