package io.crossflow.workflow.internal;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallableElementActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ClassDelegateActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ScriptTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ScriptExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.ClassDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.scripting.ScriptCondition;
import org.camunda.bpm.engine.impl.task.listener.ScriptTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Defence in depth behind {@link ModelValidator}: the engine itself refuses every BPMN deployment
 * that names a Java class or a script, whoever deploys it (the modeler's API, RepositoryService,
 * Cockpit) and whatever the namespace (camunda:, the Activiti alias, none). Two nets:
 *
 * <ol>
 *   <li>before the engine parses anything, the raw XML tree is searched for the names that make
 *       the engine load a class or run a script: attributes {@code class} and {@code …Class}
 *       ({@code variableMappingClass}, {@code formHandlerClass}, which the engine instantiates while
 *       parsing), {@code scriptFormat}, {@code resource}, an expression {@code language}, elements
 *       {@code script}, {@code scriptTask}, {@code connector};
 *   <li>after a process is parsed, its activities, listeners and conditions are inspected by type:
 *       no class delegate, script task, script listener, script condition or variable-mapping class.
 * </ol>
 *
 * A refusal is a parse error naming the element: the deployment fails and nothing is stored. The
 * one class of Crossflow that needs the engine's internals for this (docs/architecture.md,
 * ModularityTest); our own models in {@code processes/} pass it at start.
 */
@Component
class EngineModelGuard extends AbstractProcessEnginePlugin {

    private static final Set<String> REFUSED_ELEMENTS = Set.of("script", "scripttask", "connector");
    private static final Set<String> REFUSED_ATTRIBUTES = Set.of("scriptformat", "resource");
    private static final Set<String> EXPRESSION_ELEMENTS = Set.of("conditionexpression", "condition");

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setBpmnParseFactory(GuardedParse::new);
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new TypeGuard());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** The first net: the raw XML, before the engine parses (and instantiates) anything. */
    static final class GuardedParse extends BpmnParse {

        GuardedParse(BpmnParser parser) {
            super(parser);
        }

        @Override
        protected void parseRootElement() {
            List<String> refused = new ArrayList<>();
            search(rootElement, null, refused);
            if (refused.isEmpty()) {
                super.parseRootElement();
            } else {
                refused.forEach(message -> addError(message, rootElement));
            }
        }

        private void search(Element element, String elementId, List<String> refused) {
            String id = element.attribute("id") == null ? elementId : element.attribute("id");
            String tag = element.getTagName();
            String local = tag.substring(tag.indexOf(':') + 1).toLowerCase(Locale.ROOT);
            if (REFUSED_ELEMENTS.contains(local)) {
                refused.add(refusal("<" + tag + ">", id));
            }
            for (String key : element.attributes()) {
                String name = key.substring(key.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
                if (name.endsWith("class")
                        || REFUSED_ATTRIBUTES.contains(name)
                        || (name.equals("language") && EXPRESSION_ELEMENTS.contains(local))) {
                    refused.add(refusal(key + "=\"" + element.attribute(key) + "\"", id));
                }
            }
            for (Element child : element.elements()) {
                search(child, id, refused);
            }
        }
    }

    /** The second net: what the engine built, by type. */
    static final class TypeGuard extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
            inspect(definition, processElement);
        }

        private void inspect(ScopeImpl scope, Element processElement) {
            listeners(scope.getId(), scope.getListeners().values(), processElement);
            for (ActivityImpl activity : scope.getActivities()) {
                Object behavior = activity.getActivityBehavior();
                if (behavior instanceof ClassDelegateActivityBehavior
                        || behavior instanceof ScriptTaskActivityBehavior
                        || (behavior instanceof CallableElementActivityBehavior callable
                                && variableMappingClass(callable) != null)) {
                    throw new BpmnParseException(
                            refusal(behavior.getClass().getSimpleName(), activity.getId()), processElement);
                }
                if (behavior instanceof UserTaskActivityBehavior task) {
                    for (List<TaskListener> each :
                            task.getTaskDefinition().getTaskListeners().values()) {
                        for (TaskListener listener : each) {
                            if (listener instanceof ClassDelegate || listener instanceof ScriptTaskListener) {
                                throw new BpmnParseException(
                                        refusal(listener.getClass().getSimpleName(), activity.getId()), processElement);
                            }
                        }
                    }
                }
                for (PvmTransition transition : activity.getOutgoingTransitions()) {
                    TransitionImpl flow = (TransitionImpl) transition;
                    if (flow.getProperty(BpmnParse.PROPERTYNAME_CONDITION) instanceof ScriptCondition) {
                        throw new BpmnParseException(refusal("ScriptCondition", flow.getId()), processElement);
                    }
                    listeners(flow.getId(), flow.getListeners().values(), processElement);
                }
                inspect(activity, processElement);
            }
        }

        private static void listeners(
                String id,
                Collection<? extends List<? extends DelegateListener<?>>> listeners,
                Element processElement) {
            for (List<? extends DelegateListener<?>> each : listeners) {
                for (DelegateListener<?> listener : each) {
                    if (listener instanceof ClassDelegate || listener instanceof ScriptExecutionListener) {
                        throw new BpmnParseException(refusal(listener.getClass().getSimpleName(), id), processElement);
                    }
                }
            }
        }

        private static Object variableMappingClass(CallableElementActivityBehavior callable) {
            try {
                Field field = CallableElementActivityBehavior.class.getDeclaredField("className");
                field.setAccessible(true);
                return field.get(callable);
            } catch (ReflectiveOperationException e) {
                // an engine without the field cannot name a class there either way: refuse to guess
                return "unknown";
            }
        }
    }

    static String refusal(String what, String elementId) {
        return "The engine refuses " + what + " (element " + elementId
                + "): Java classes and scripts never run in Crossflow's processes.";
    }
}
