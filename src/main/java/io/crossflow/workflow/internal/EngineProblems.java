package io.crossflow.workflow.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The engine's parse errors in Crossflow's words (docs/modeler.md): each engine message is matched
 * to a known kind and worded by us, naming the element, so the engine's raw English never reaches
 * a designer (problems/zh-CN.json words ours in Chinese). A message of no known kind gets the
 * general wording; it still names the element the engine pointed at.
 */
final class EngineProblems {

    private record Kind(Pattern engine, String reason) {}

    private static final List<Kind> KINDS = List.of(
            kind(
                    "Timer needs configuration|timeDate, timeCycle or timeDuration",
                    "the timer needs a date, a duration or a cycle."),
            kind(
                    "Invalid reference in boundary event|AttachedToRef is required|attachedToRef",
                    "the boundary event must be attached to an activity in the same scope."),
            kind(
                    "Event based gateway can only be connected",
                    "an event-based gateway may lead only to catching events and receive tasks."),
            kind(
                    "(?i)sourceRef|targetRef|Invalid source|Invalid destination|flow.*not found",
                    "a flow connects to an element that does not exist in this process."),
            kind("(?i)calledElement|caseRef", "the call activity needs the id of the process it calls."),
            kind(
                    "(?i)loopCardinality|collection|elementVariable|loopDataInputRef",
                    "the multi-instance marker needs a cardinality or a collection."),
            kind("(?i)topic", "the external task needs a topic."),
            kind("(?i)tFormalExpression", "use bpmn:tFormalExpression for expressions."),
            kind("(?i)escalation", "the escalation events of a scope conflict; give each one its own code."),
            kind("(?i)message.*name|messageRef|message event", "the message event needs a message with a name."),
            kind("(?i)signal", "the signal event needs a signal with a name."),
            kind("(?i)errorRef|error event|errorCode", "the error event needs an error with a code."),
            kind("(?i)compensat", "the compensation is not modelled as the engine runs it."),
            kind("(?i)link", "the link events must come in pairs of the same name."),
            kind("(?i)conditional event|condition", "the condition cannot be read; write it as ${…} on variables."),
            kind(
                    "(?i)expression|Unknown property|ELException|Error parsing|PropertyNotFound",
                    "an expression cannot be read; write it as ${…} on variables."),
            kind("(?i)history ?time ?to ?live", "the process must set a history time to live (e.g. P180D)."),
            kind("(?i)formKey|formRef", "use one form reference (camunda:formRef) only."),
            kind("(?i)listener", "a listener needs an event and an allow-listed bean."),
            kind("(?i)waypoint|BPMNEdge|BPMNShape|diagram", "the diagram of the element is incomplete."),
            kind("(?i)duplicate|already|same key|unique", "an id is used twice; every element needs its own id."),
            kind(
                    "(?i)sendTask|serviceTask|delegateExpression|mandatory on",
                    "the task needs an allow-listed bean (camunda:delegateExpression)."),
            kind("(?i)refuses .*class|class|script", "Java classes and scripts never run in Crossflow's processes."));

    private EngineProblems() {}

    /** Our wording of the engine's message about the element. */
    static String describe(String engineMessage, String elementLabel, String elementId) {
        String reason = "the engine cannot run it as modelled; compare it with the elements docs/modeler.md lists.";
        String text = engineMessage == null ? "" : engineMessage;
        for (Kind kind : KINDS) {
            if (kind.engine().matcher(text).find()) {
                reason = kind.reason();
                break;
            }
        }
        if (elementId == null) {
            return "The model: " + reason;
        }
        return "Element '" + elementLabel + "' (" + elementId + "): " + reason;
    }

    /** Every reason this class may give, for the translation check. */
    static List<String> reasons() {
        List<String> all =
                new java.util.ArrayList<>(KINDS.stream().map(Kind::reason).toList());
        all.add("the engine cannot run it as modelled; compare it with the elements docs/modeler.md lists.");
        return all;
    }

    private static Kind kind(String regex, String reason) {
        return new Kind(Pattern.compile(regex), reason);
    }
}
