package io.crossflow.workflow;

import java.util.List;
import java.util.Map;

/**
 * What a BPMN viewer needs to show where an instance stands: the model of its version, the
 * activities waiting now and the ones already passed (each id once), and the elements' names in
 * the reader's language (element id to name, for the labels and tooltips; only elements with a name).
 */
public record ProcessDiagram(
        String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds, Map<String, String> names) {

    public ProcessDiagram {
        activeActivityIds = List.copyOf(activeActivityIds);
        completedActivityIds = List.copyOf(completedActivityIds);
        names = Map.copyOf(names);
    }
}
