package io.crossflow.workflow.internal;

import io.crossflow.workflow.CompletionGuard;
import io.crossflow.workflow.TaskRequirement;
import io.crossflow.workflow.TaskRequirements;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes {@link TaskRequirements#REQUIRES_DOCUMENT} binding: every user task that declares it gets a
 * complete listener asking each {@link CompletionGuard} bean, so no completion path (inbox, Cockpit,
 * a test) skips the check.
 */
@Component
class CompletionGuardPlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<CompletionGuard> guards;

    CompletionGuardPlugin(ObjectProvider<CompletionGuard> guards) {
        this.guards = guards;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                List<String> types = requiredDocumentTypes(userTaskElement);
                if (!types.isEmpty() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior task) {
                    task.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE, guard(types));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private TaskListener guard(List<String> types) {
        return (DelegateTask task) -> {
            TaskRequirement requirement = new TaskRequirement(
                    task.getTenantId() == null ? null : UUID.fromString(task.getTenantId()),
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(),
                    task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                    types);
            guards.orderedStream().forEach(g -> g.check(requirement));
        };
    }

    static List<String> requiredDocumentTypes(Element userTask) {
        Element extensions = userTask.element("extensionElements");
        if (extensions == null) {
            return List.of();
        }
        Element properties = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return List.of();
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(p -> TaskRequirements.REQUIRES_DOCUMENT.equals(p.attribute("name")))
                .map(p -> p.attribute("value"))
                .filter(v -> v != null && !v.isBlank())
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }
}
