package io.crossflow.workflow;

import java.util.List;

/**
 * What a deployment of a model would change against the deployed version of its process
 * (docs/modeler.md, "Deploy shows what changes"): elements added, removed and changed, named in
 * the reader's language, whether only the diagram's layout moved, and the forms it changes.
 *
 * @param key the model's process key; null when the model has no executable process
 * @param deployedVersion the version compared with; null when the process was never deployed
 * @param unchanged true when deploying would change nothing: no new version is made then
 * @param layoutChanged the diagram's shapes or lines moved (or their colours changed)
 */
public record ModelDiff(
        String key,
        Integer deployedVersion,
        boolean unchanged,
        List<Element> added,
        List<Element> removed,
        List<Element> changed,
        boolean layoutChanged,
        List<String> formsAdded,
        List<String> formsChanged) {

    public ModelDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        formsAdded = List.copyOf(formsAdded);
        formsChanged = List.copyOf(formsChanged);
    }

    /** What changed in an element that is in both versions. */
    public enum Aspect {
        /** its name, in any language */
        NAME,
        /** its kind (a task became a user task) */
        TYPE,
        /** what it connects: a flow's source or target, a boundary event's activity */
        CONNECTIONS,
        /** anything else it holds: assignment, forms, conditions, timers, listeners, documentation */
        SETTINGS
    }

    /**
     * One element.
     *
     * @param type the BPMN element's local name ({@code userTask}, {@code sequenceFlow}, …)
     * @param name its name in the reader's language, else its id
     * @param aspects for a changed element, what changed; empty for added and removed ones
     */
    public record Element(String elementId, String type, String name, List<Aspect> aspects) {

        public Element {
            aspects = List.copyOf(aspects);
        }
    }
}
