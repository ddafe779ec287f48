package io.crossflow.workflow.internal;

import io.crossflow.workflow.ModelProblem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's own parse of a BPMN model, exactly as a deployment runs it (the deployer's {@link
 * BpmnParser} with every parse listener, {@link EngineModelGuard} included), without storing
 * anything: validation asks the engine instead of guessing what it would refuse.
 */
@Component
public class EngineParse {

    private final ProcessEngineConfigurationImpl configuration;

    EngineParse(ProcessEngine engine) {
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    /** One problem the engine found: the element it names (null when none) and its own words. */
    public record Finding(String elementId, String engineMessage) {}

    /**
     * The engine's errors for the model as it would be deployed into the tenant, and the keys of
     * the process definitions it would create; no error means the parse accepts the model.
     */
    public record Result(List<Finding> errors, List<String> processKeys) {}

    /** The finding in Crossflow's words, naming the element as the reader reads it. */
    public static ModelProblem describe(Finding finding, ElementNames names, Locale locale) {
        String id = finding.elementId();
        return new ModelProblem(
                id, EngineProblems.describe(finding.engineMessage(), id == null ? null : names.label(id, locale), id));
    }

    /** Parses the BPMN resource as the deployer would; never deploys. */
    public Result parse(String tenantId, String resourceName, byte[] bpmn) {
        BpmnParser parser = bpmnParser();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            DeploymentEntity deployment = new DeploymentEntity();
            deployment.setTenantId(tenantId);
            deployment.setName("crossflow-validation");
            deployment.setNew(true);
            List<Finding> errors = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            try {
                BpmnParse parse = parser.createParse()
                        .deployment(deployment)
                        .sourceInputStream(new ByteArrayInputStream(bpmn))
                        .name(resourceName);
                parse.execute();
                for (ProcessDefinitionEntity definition : parse.getProcessDefinitions()) {
                    keys.add(definition.getKey());
                }
            } catch (ParseException e) {
                for (ResourceReport report : e.getResorceReports()) {
                    report.getErrors().forEach(p -> errors.add(new Finding(p.getMainElementId(), p.getMessage())));
                }
                if (errors.isEmpty()) {
                    errors.add(new Finding(null, e.getMessage()));
                }
            } catch (ProcessEngineException e) {
                errors.add(new Finding(null, e.getMessage()));
            }
            return new Result(errors, keys);
        });
    }

    private BpmnParser bpmnParser() {
        return configuration.getDeployers().stream()
                .filter(BpmnDeployer.class::isInstance)
                .map(d -> ((BpmnDeployer) d).getBpmnParser())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
    }
}
