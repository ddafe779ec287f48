package io.crossflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.workflow.internal.DeploymentRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process and form models of the caller's tenant, for its designers (capability
 * {@link Capability#DESIGNER}; everyone else 403). Only the caller's tenant's deployments are ever
 * read: another tenant's model answers 404 like a missing one. Deploying: {@link ProcessDeployments}.
 */
@Service
public class ProcessModels {

    private final RepositoryService repository;
    private final DeploymentRecords records;
    private final ObjectMapper json;

    ProcessModels(RepositoryService repository, DeploymentRecords records, ObjectMapper json) {
        this.repository = repository;
        this.records = records;
        this.json = json;
    }

    /** 403 unless the caller is one of its tenant's designers. */
    static void requireDesigner(CurrentUser user) {
        if (!user.internal() || !user.has(Capability.DESIGNER)) {
            throw new ForbiddenException("Only process designers can work with process models.");
        }
    }

    /** The latest version of every process of the tenant, by key. */
    @Transactional(readOnly = true)
    public List<ProcessModel> list(CurrentUser user) {
        requireDesigner(user);
        List<ProcessDefinition> definitions = repository
                .createProcessDefinitionQuery()
                .tenantIdIn(user.tenantId().toString())
                .latestVersion()
                .orderByProcessDefinitionKey()
                .asc()
                .list();
        return describe(definitions, false);
    }

    /** The latest version with its XML; 404 for a key the tenant does not have. */
    @Transactional(readOnly = true)
    public ProcessModel latest(CurrentUser user, String key) {
        requireDesigner(user);
        return describe(List.of(definition(user, key, null)), true).get(0);
    }

    /** Every version of the process, newest first. */
    @Transactional(readOnly = true)
    public List<ProcessModel> versions(CurrentUser user, String key) {
        requireDesigner(user);
        List<ProcessDefinition> definitions = repository
                .createProcessDefinitionQuery()
                .tenantIdIn(user.tenantId().toString())
                .processDefinitionKey(key)
                .orderByProcessDefinitionVersion()
                .desc()
                .list();
        if (definitions.isEmpty()) {
            throw new NotFoundException("Process model");
        }
        return describe(definitions, false);
    }

    /** One version with its XML; 404 for a version the tenant does not have. */
    @Transactional(readOnly = true)
    public ProcessModel version(CurrentUser user, String key, int version) {
        requireDesigner(user);
        return describe(List.of(definition(user, key, version)), true).get(0);
    }

    /** The latest deployed version of each form of the tenant, by id (schema left out). */
    @Transactional(readOnly = true)
    public List<FormModel> forms(CurrentUser user) {
        requireDesigner(user);
        return new ArrayList<>(latestForms(user).values());
    }

    /** The latest deployed version of the form with its form-js schema; 404 if the tenant has none. */
    @Transactional(readOnly = true)
    public FormModel form(CurrentUser user, String formId) {
        requireDesigner(user);
        FormModel form = latestForms(user).get(formId);
        if (form == null) {
            throw new NotFoundException("Form");
        }
        try (InputStream in = repository.getResourceAsStream(form.deploymentId(), formResource(formId))) {
            JsonNode schema = json.readTree(in);
            return new FormModel(form.id(), form.deploymentId(), form.deployedAt(), schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String formResource(String formId) {
        return "forms/" + formId + ".form";
    }

    ProcessDefinition definition(CurrentUser user, String key, Integer version) {
        var query = repository
                .createProcessDefinitionQuery()
                .tenantIdIn(user.tenantId().toString())
                .processDefinitionKey(key);
        ProcessDefinition definition = version == null
                ? query.latestVersion().singleResult()
                : query.processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFoundException("Process model");
        }
        return definition;
    }

    private Map<String, FormModel> latestForms(CurrentUser user) {
        Map<String, FormModel> forms = new LinkedHashMap<>();
        List<Deployment> deployments = repository
                .createDeploymentQuery()
                .tenantIdIn(user.tenantId().toString())
                .orderByDeploymentTime()
                .desc()
                .list();
        for (Deployment deployment : deployments) {
            for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
                String id = formId(resource);
                if (id != null && !forms.containsKey(id)) {
                    forms.put(
                            id,
                            new FormModel(
                                    id,
                                    deployment.getId(),
                                    deployment.getDeploymentTime().toInstant(),
                                    null));
                }
            }
        }
        List<String> ids = new ArrayList<>(forms.keySet());
        ids.sort(null);
        Map<String, FormModel> sorted = new LinkedHashMap<>();
        ids.forEach(id -> sorted.put(id, forms.get(id)));
        return sorted;
    }

    static String formId(String resourceName) {
        if (!resourceName.startsWith("forms/") || !resourceName.endsWith(".form")) {
            return null;
        }
        return resourceName.substring("forms/".length(), resourceName.length() - ".form".length());
    }

    private List<ProcessModel> describe(List<ProcessDefinition> definitions, boolean withXml) {
        Map<String, Deployment> deployments = new HashMap<>();
        for (ProcessDefinition d : definitions) {
            deployments.computeIfAbsent(
                    d.getDeploymentId(),
                    id -> repository.createDeploymentQuery().deploymentId(id).singleResult());
        }
        Map<String, String> deployers = records.deployers(deployments.keySet());
        List<ProcessModel> models = new ArrayList<>();
        for (ProcessDefinition d : definitions) {
            Deployment deployment = deployments.get(d.getDeploymentId());
            String xml = null;
            List<String> forms = null;
            if (withXml) {
                try (InputStream in = repository.getProcessModel(d.getId())) {
                    xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                forms = repository.getDeploymentResourceNames(d.getDeploymentId()).stream()
                        .map(ProcessModels::formId)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList();
            }
            models.add(new ProcessModel(
                    d.getKey(),
                    d.getName(),
                    d.getVersion(),
                    d.getDeploymentId(),
                    deployment == null || deployment.getDeploymentTime() == null
                            ? null
                            : deployment.getDeploymentTime().toInstant(),
                    deployers.getOrDefault(d.getDeploymentId(), DeploymentRecords.SYSTEM),
                    xml,
                    forms));
        }
        return models;
    }
}
