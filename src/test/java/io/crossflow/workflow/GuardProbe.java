package io.crossflow.workflow;

import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The class the hostile models name: every way the engine could use it (delegate, listener,
 * variable mapping, form handler by reflection) goes through its constructor, which counts.
 */
public class GuardProbe implements JavaDelegate, ExecutionListener, TaskListener, DelegateVariableMapping {

    public static final String NAME = "io.crossflow.workflow.GuardProbe";
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public GuardProbe() {
        INSTANCES.incrementAndGet();
    }

    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}

    @Override
    public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {}

    @Override
    public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {}
}
