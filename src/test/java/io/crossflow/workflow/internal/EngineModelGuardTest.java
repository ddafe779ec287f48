package io.crossflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crossflow.workflow.GuardProbe;
import java.util.List;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ClassDelegateActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ClassDelegateExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.junit.jupiter.api.Test;

/**
 * The engine guard's second net, by type: what the engine built from a model. (The first net, on
 * the raw XML, stops every class and script of the hostile corpus before this one is reached:
 * ModelGuardIT.)
 */
class EngineModelGuardTest {

    private final EngineModelGuard.TypeGuard guard = new EngineModelGuard.TypeGuard();

    @Test
    void aClassDelegateIsRefused() {
        ProcessDefinitionEntity process = process();
        process.createActivity("Java")
                .setActivityBehavior(new ClassDelegateActivityBehavior(GuardProbe.NAME, List.of()));
        assertThatThrownBy(() -> guard.parseProcess(null, process))
                .isInstanceOf(BpmnParseException.class)
                .hasMessageContaining("ClassDelegateActivityBehavior (element Java)");
    }

    @Test
    void aClassListenerDeepInASubProcessIsRefused() {
        ProcessDefinitionEntity process = process();
        ActivityImpl inner = process.createActivity("Sub").createActivity("Inner");
        inner.addListener(
                ExecutionListener.EVENTNAME_START, new ClassDelegateExecutionListener(GuardProbe.NAME, List.of()));
        assertThatThrownBy(() -> guard.parseProcess(null, process))
                .isInstanceOf(BpmnParseException.class)
                .hasMessageContaining("ClassDelegateExecutionListener (element Inner)");
    }

    @Test
    void aVariableMappingClassIsRefused() {
        ProcessDefinitionEntity process = process();
        process.createActivity("Call").setActivityBehavior(new CallActivityBehavior(GuardProbe.NAME));
        assertThatThrownBy(() -> guard.parseProcess(null, process))
                .isInstanceOf(BpmnParseException.class)
                .hasMessageContaining("CallActivityBehavior (element Call)");
    }

    @Test
    void delegateExpressionsAndPlainCallActivitiesPass() {
        ProcessDefinitionEntity process = process();
        process.createActivity("Bean")
                .setActivityBehavior(new ServiceTaskDelegateExpressionActivityBehavior(null, List.of()));
        process.createActivity("Call").setActivityBehavior(new CallActivityBehavior());
        assertThatCode(() -> guard.parseProcess(null, process)).doesNotThrowAnyException();
    }

    private static ProcessDefinitionEntity process() {
        ProcessDefinitionEntity process = new ProcessDefinitionEntity();
        process.setId("guarded");
        return process;
    }
}
