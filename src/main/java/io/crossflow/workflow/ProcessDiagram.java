package io.crossflow.workflow;

import java.util.List;

/**
 * What a BPMN viewer needs to show where an instance stands: the model of its version, the
 * activities waiting now and the ones already passed (each id once).
 */
public record ProcessDiagram(String bpmnXml, List<String> activeActivityIds, List<String> completedActivityIds) {

    public ProcessDiagram {
        activeActivityIds = List.copyOf(activeActivityIds);
        completedActivityIds = List.copyOf(completedActivityIds);
    }
}
