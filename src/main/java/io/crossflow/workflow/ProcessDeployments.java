package io.crossflow.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.workflow.internal.DeploymentRecords;
import io.crossflow.workflow.internal.ElementNames;
import io.crossflow.workflow.internal.EngineParse;
import io.crossflow.workflow.internal.ModelComparison;
import io.crossflow.workflow.internal.ModelValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates and deploys designers' process models into the caller's tenant (docs/modeler.md). A
 * deployment holds the BPMN model, the forms sent with it and, for the forms and decisions it does
 * not bring, those of the process's current version, so {@code binding="deployment"} references
 * keep working. Who deployed is recorded in the same transaction. Nothing is deployed when the
 * model has errors.
 */
@Service
public class ProcessDeployments {

    static final String DEPLOYMENT_NAME = "crossflow-modeler";
    private static final String FORM_ID = "[A-Za-z0-9][A-Za-z0-9_.-]{0,99}";

    private final RepositoryService repository;
    private final ModelValidator validator;
    private final DeploymentRecords records;
    private final ProcessModels models;
    private final ObjectMapper json;
    private final EngineParse engineParse;

    ProcessDeployments(
            RepositoryService repository,
            ModelValidator validator,
            DeploymentRecords records,
            ProcessModels models,
            ObjectMapper json,
            EngineParse engineParse) {
        this.engineParse = engineParse;
        this.repository = repository;
        this.validator = validator;
        this.records = records;
        this.models = models;
        this.json = json;
    }

    /** The findings for the model and forms, as a deployment would judge them; deploys nothing. */
    @Transactional(readOnly = true)
    public ModelValidation validate(CurrentUser user, String bpmnXml, List<NewForm> forms) {
        ProcessModels.requireDesigner(user);
        return prepare(user, bpmnXml, forms).validation();
    }

    /**
     * What deploying the model and forms would change against the deployed version of its process,
     * elements named in the reader's language; deploys nothing. A model that cannot be read
     * answers 400 as validate words it.
     */
    @Transactional(readOnly = true)
    public ModelDiff diff(CurrentUser user, String bpmnXml, List<NewForm> forms) {
        ProcessModels.requireDesigner(user);
        ModelValidator.Checked checked = validator.validate(bpmnXml);
        if (checked.processKey() == null) {
            refuseIfInvalid(checked.result()); // unreadable, or no executable process to compare
        }
        return diff(user, checked.processKey(), bpmnXml, sentForms(forms));
    }

    /**
     * Deploys the model and its forms as the newest version of its process in the caller's tenant.
     * 400 with one error per problem (field = element id, or {@code model} for the whole model) when
     * validation finds errors; nothing is deployed then. A model and forms that would change nothing
     * against the deployed version are not deployed again: the answer says so and names that version.
     */
    @Transactional
    public Deployed deploy(CurrentUser user, String bpmnXml, List<NewForm> forms) {
        ProcessModels.requireDesigner(user);
        Prepared prepared = prepare(user, bpmnXml, forms);
        refuseIfInvalid(prepared.validation());
        if (diff(user, prepared.key(), bpmnXml, sentForms(forms)).unchanged()) {
            return new Deployed(models.latest(user, prepared.key()), true);
        }
        prepared.resources().put(bpmnResource(prepared.key()), bpmnXml.getBytes(StandardCharsets.UTF_8));
        return new Deployed(deploy(user, prepared.key(), prepared.resources(), null), false);
    }

    /**
     * The outcome of a deployment.
     *
     * @param model the newest version: the new one, or the deployed one when nothing changed
     * @param unchanged nothing was deployed because the model and forms equal {@code model}'s
     */
    public record Deployed(ProcessModel model, boolean unchanged) {}

    private ModelDiff diff(CurrentUser user, String key, String bpmnXml, Map<String, JsonNode> sent) {
        byte[] next = bpmnXml.getBytes(StandardCharsets.UTF_8);
        ProcessDefinition current = key == null ? null : latestDefinition(user, key);
        byte[] deployed = current == null ? null : read(current.getDeploymentId(), current.getResourceName());
        ModelComparison.Result elements;
        try {
            elements = ModelComparison.compare(deployed, next, LocaleContextHolder.getLocale());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The process model cannot be read as XML.");
        }
        List<String> formsAdded = new ArrayList<>();
        List<String> formsChanged = new ArrayList<>();
        Map<String, byte[]> carried = current == null ? Map.of() : resourcesOf(current.getDeploymentId());
        sent.forEach((id, schema) -> {
            byte[] was = carried.get(ProcessModels.formResource(id));
            if (was == null) {
                formsAdded.add(id);
            } else if (!schema.equals(tree(was))) {
                formsChanged.add(id);
            }
        });
        boolean unchanged = current != null && elements.none() && formsAdded.isEmpty() && formsChanged.isEmpty();
        return new ModelDiff(
                key,
                current == null ? null : current.getVersion(),
                unchanged,
                elements.added(),
                elements.removed(),
                elements.changed(),
                elements.layoutChanged(),
                formsAdded,
                formsChanged);
    }

    /** The well-formed forms sent, by id, with their id set as a deployment writes them. */
    private static Map<String, JsonNode> sentForms(List<NewForm> forms) {
        Map<String, JsonNode> sent = new LinkedHashMap<>();
        for (NewForm form : forms == null ? List.<NewForm>of() : forms) {
            if (form != null
                    && form.id() != null
                    && form.schema() != null
                    && form.schema().isObject()) {
                ObjectNode schema = form.schema().deepCopy();
                schema.put("id", form.id());
                sent.put(form.id(), schema);
            }
        }
        return sent;
    }

    private JsonNode tree(byte[] bytes) {
        try {
            return json.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private ProcessDefinition latestDefinition(CurrentUser user, String key) {
        return repository
                .createProcessDefinitionQuery()
                .tenantIdIn(user.tenantId().toString())
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult();
    }

    private Map<String, byte[]> resourcesOf(String deploymentId) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            if (!isBpmn(name)) {
                resources.put(name, read(deploymentId, name));
            }
        }
        return resources;
    }

    /** Deploys an earlier version's model, forms and decisions again, as the newest version. */
    @Transactional
    public ProcessModel redeploy(CurrentUser user, String key, int version) {
        ProcessModels.requireDesigner(user);
        ProcessDefinition definition = models.definition(user, key, version);
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (String name : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
            if (name.equals(definition.getResourceName()) || !isBpmn(name)) {
                resources.put(
                        name.equals(definition.getResourceName()) ? bpmnResource(key) : name,
                        read(definition.getDeploymentId(), name));
            }
        }
        String xml = new String(resources.get(bpmnResource(key)), StandardCharsets.UTF_8);
        ModelValidator.Checked checked = validator.validate(xml);
        List<ModelProblem> errors = new ArrayList<>(checked.result().errors());
        errors.addAll(engineProblems(user, checked, xml, errors));
        refuseIfInvalid(new ModelValidation(errors, checked.result().warnings()));
        return deploy(user, key, resources, version);
    }

    private ProcessModel deploy(CurrentUser user, String key, Map<String, byte[]> resources, Integer from) {
        DeploymentBuilder builder = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source(DEPLOYMENT_NAME)
                .tenantId(user.tenantId().toString());
        resources.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
        Deployment deployment;
        try {
            deployment = builder.deploy();
        } catch (ParseException e) {
            // validate runs the same parse, so this is reached only when the two drift: still in our words
            ElementNames names = ElementNames.of(resources.get(bpmnResource(key)));
            List<ModelProblem> errors = new ArrayList<>();
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem problem : report.getErrors()) {
                    errors.add(EngineParse.describe(
                            new EngineParse.Finding(problem.getMainElementId(), problem.getMessage()),
                            names,
                            LocaleContextHolder.getLocale()));
                }
            }
            if (errors.isEmpty()) {
                errors.add(EngineParse.describe(
                        new EngineParse.Finding(null, e.getMessage()), names, LocaleContextHolder.getLocale()));
            }
            throw invalid(errors);
        } catch (ProcessEngineException e) {
            throw invalid(List.of(EngineParse.describe(
                    new EngineParse.Finding(null, e.getMessage()),
                    ElementNames.of(new byte[0]),
                    LocaleContextHolder.getLocale())));
        }
        records.record(deployment.getId(), user.tenantId(), key, user.id(), user.displayName(), from);
        return models.latest(user, key);
    }

    private Prepared prepare(CurrentUser user, String bpmnXml, List<NewForm> forms) {
        ModelValidator.Checked checked = validator.validate(bpmnXml);
        List<ModelProblem> errors = new ArrayList<>(checked.result().errors());
        errors.addAll(engineProblems(user, checked, bpmnXml, errors));
        Map<String, byte[]> resources = new LinkedHashMap<>();
        String key = checked.processKey();
        if (key != null) {
            for (String processKey : checked.executableKeys()) {
                if (repository
                                .createProcessDefinitionQuery()
                                .processDefinitionKey(processKey)
                                .withoutTenantId()
                                .count()
                        > 0) {
                    errors.add(new ModelProblem(
                            processKey, "The process id '" + processKey + "' is reserved; choose another."));
                }
            }
            resources.putAll(carried(user, key));
        }
        List<NewForm> sent = forms == null ? List.of() : forms;
        for (int i = 0; i < sent.size(); i++) {
            NewForm form = sent.get(i);
            String label = "Form " + (i + 1) + (form == null || form.id() == null ? "" : " '" + form.id() + "'");
            if (form == null || form.id() == null || !form.id().matches(FORM_ID)) {
                errors.add(new ModelProblem(null, label + ": the id must be letters, digits, '-', '_' or '.'."));
            } else if (form.schema() == null || !form.schema().isObject()) {
                errors.add(new ModelProblem(null, label + ": the schema must be a form-js JSON object."));
            } else if (form.schema().hasNonNull("id")
                    && !form.schema().path("id").asText().equals(form.id())) {
                errors.add(new ModelProblem(null, label + ": the schema's id must be the form's id."));
            } else {
                ObjectNode schema = form.schema().deepCopy();
                schema.put("id", form.id());
                resources.put(ProcessModels.formResource(form.id()), bytes(schema));
            }
        }
        for (String formRef : checked.formRefs()) {
            if (!resources.containsKey(ProcessModels.formResource(formRef))) {
                errors.add(new ModelProblem(
                        null,
                        "The form '" + formRef + "' is neither sent with the model nor deployed with its current"
                                + " version."));
            }
        }
        return new Prepared(
                key, resources, new ModelValidation(errors, checked.result().warnings()));
    }

    /**
     * The engine's own parse of the model, as the deployment will run it: what it refuses beyond
     * the validator's findings, each named once (an element the validator already refused is not
     * named again, nor the engine's guard repeating the allow-list).
     */
    private List<ModelProblem> engineProblems(
            CurrentUser user, ModelValidator.Checked checked, String bpmnXml, List<ModelProblem> found) {
        if (checked.processKey() == null) {
            return List.of();
        }
        byte[] bytes = bpmnXml.getBytes(StandardCharsets.UTF_8);
        EngineParse.Result result =
                engineParse.parse(user.tenantId().toString(), bpmnResource(checked.processKey()), bytes);
        Set<String> named = new HashSet<>();
        found.forEach(p -> named.add(String.valueOf(p.elementId())));
        ElementNames names = ElementNames.of(bytes);
        List<ModelProblem> problems = new ArrayList<>();
        Set<String> said = new HashSet<>();
        for (EngineParse.Finding finding : result.errors()) {
            if (named.contains(String.valueOf(finding.elementId())) || (!found.isEmpty() && guard(finding))) {
                continue;
            }
            ModelProblem problem = EngineParse.describe(finding, names, LocaleContextHolder.getLocale());
            if (said.add(problem.elementId() + "|" + problem.message())) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static boolean guard(EngineParse.Finding finding) {
        return finding.engineMessage() != null && finding.engineMessage().startsWith("The engine refuses");
    }

    /** The forms and decisions of the process's current version in the tenant: carried into the new deployment. */
    private Map<String, byte[]> carried(CurrentUser user, String key) {
        ProcessDefinition current = latestDefinition(user, key);
        return current == null ? new LinkedHashMap<>() : resourcesOf(current.getDeploymentId());
    }

    private static void refuseIfInvalid(ModelValidation validation) {
        if (!validation.valid()) {
            throw invalid(validation.errors());
        }
    }

    private static InvalidInputException invalid(List<ModelProblem> errors) {
        return new InvalidInputException(
                "The process model cannot be deployed: " + errors.size()
                        + (errors.size() == 1 ? " problem" : " problems") + " to correct.",
                errors.stream()
                        .map(p -> new InvalidInputException.FieldError(
                                p.elementId() == null ? "model" : p.elementId(), p.message()))
                        .toList());
    }

    private static boolean isBpmn(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    private static String bpmnResource(String key) {
        return "processes/" + key + ".bpmn";
    }

    private byte[] read(String deploymentId, String name) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(ObjectNode schema) {
        try {
            return json.writeValueAsBytes(schema);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Prepared(String key, Map<String, byte[]> resources, ModelValidation validation) {}
}
