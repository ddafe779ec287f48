package io.crossflow.workflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.workflow.FormModel;
import io.crossflow.workflow.ModelDiff;
import io.crossflow.workflow.ModelValidation;
import io.crossflow.workflow.NewForm;
import io.crossflow.workflow.ProcessDeployments;
import io.crossflow.workflow.ProcessModel;
import io.crossflow.workflow.ProcessModels;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The modeler's API (docs/modeler.md): the tenant's process and form models, for its designers. */
@RestController
class ProcessModelController {

    private final ProcessModels models;
    private final ProcessDeployments deployments;

    ProcessModelController(ProcessModels models, ProcessDeployments deployments) {
        this.models = models;
        this.deployments = deployments;
    }

    @GetMapping("/api/process-models")
    List<ModelSummary> list() {
        return models.list(CurrentUsers.require()).stream()
                .map(ModelSummary::of)
                .toList();
    }

    @GetMapping("/api/process-models/{key}")
    ProcessModel latest(@PathVariable String key) {
        return models.latest(CurrentUsers.require(), key);
    }

    @GetMapping("/api/process-models/{key}/versions")
    List<VersionDto> versions(@PathVariable String key) {
        return models.versions(CurrentUsers.require(), key).stream()
                .map(VersionDto::of)
                .toList();
    }

    @GetMapping("/api/process-models/{key}/versions/{version}")
    ProcessModel version(@PathVariable String key, @PathVariable int version) {
        return models.version(CurrentUsers.require(), key, version);
    }

    @PostMapping("/api/process-models/validate")
    ModelValidation validate(@RequestBody ModelBody body) {
        return deployments.validate(CurrentUsers.require(), body.bpmnXml(), body.formList());
    }

    @PostMapping("/api/process-models/diff")
    ModelDiff diff(@RequestBody ModelBody body) {
        return deployments.diff(CurrentUsers.require(), body.bpmnXml(), body.formList());
    }

    /** 201 with the new version; 200 with the deployed version and {@code unchanged: true} when nothing changed. */
    @PostMapping("/api/process-models")
    @ApiResponse(responseCode = "200", description = "Unchanged: the newest version stays, nothing is deployed")
    @ApiResponse(responseCode = "201", description = "Deployed as a new version")
    ResponseEntity<DeployedDto> deploy(@RequestBody ModelBody body) {
        ProcessDeployments.Deployed deployed =
                deployments.deploy(CurrentUsers.require(), body.bpmnXml(), body.formList());
        return ResponseEntity.status(deployed.unchanged() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(DeployedDto.of(deployed));
    }

    @PostMapping("/api/process-models/{key}/versions/{version}/redeploy")
    @ResponseStatus(HttpStatus.CREATED)
    ProcessModel redeploy(@PathVariable String key, @PathVariable int version) {
        return deployments.redeploy(CurrentUsers.require(), key, version);
    }

    @GetMapping("/api/forms")
    List<FormModel> forms() {
        return models.forms(CurrentUsers.require());
    }

    @GetMapping("/api/forms/{formId}")
    FormModel form(@PathVariable String formId) {
        return models.form(CurrentUsers.require(), formId);
    }

    record ModelBody(String bpmnXml, List<FormBody> forms) {
        List<NewForm> formList() {
            return forms == null
                    ? List.of()
                    : forms.stream()
                            .map(f -> f == null ? null : new NewForm(f.id(), f.schema()))
                            .toList();
        }
    }

    record FormBody(String id, JsonNode schema) {}

    /** A process model version as {@code GET …/{key}} shows it, and whether this deployment left it unchanged. */
    record DeployedDto(
            String key,
            String name,
            int version,
            String deploymentId,
            Instant deployedAt,
            String deployedBy,
            String bpmnXml,
            List<String> formIds,
            boolean unchanged) {
        static DeployedDto of(ProcessDeployments.Deployed d) {
            ProcessModel m = d.model();
            return new DeployedDto(
                    m.key(),
                    m.name(),
                    m.version(),
                    m.deploymentId(),
                    m.deployedAt(),
                    m.deployedBy(),
                    m.bpmnXml(),
                    m.formIds(),
                    d.unchanged());
        }
    }

    record ModelSummary(
            String key, String name, int version, String deploymentId, Instant deployedAt, String deployedBy) {
        static ModelSummary of(ProcessModel m) {
            return new ModelSummary(m.key(), m.name(), m.version(), m.deploymentId(), m.deployedAt(), m.deployedBy());
        }
    }

    record VersionDto(int version, String deploymentId, Instant deployedAt, String deployedBy) {
        static VersionDto of(ProcessModel m) {
            return new VersionDto(m.version(), m.deploymentId(), m.deployedAt(), m.deployedBy());
        }
    }
}
