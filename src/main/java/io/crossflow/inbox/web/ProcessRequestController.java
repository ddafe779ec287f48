package io.crossflow.inbox.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.inbox.ProcessRequests;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.workflow.FormTexts;
import io.crossflow.workflow.LocalizedNames;
import io.crossflow.workflow.ProcessDiagram;
import io.crossflow.workflow.StartableProcess;
import io.crossflow.workflow.StartedInstance;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Starting processes and following one's own requests (docs/processes.md, "Starting a process"). */
@RestController
class ProcessRequestController {

    private final ProcessRequests requests;

    ProcessRequestController(ProcessRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/processes/startable")
    List<StartableDto> startable() {
        CurrentUser user = CurrentUsers.require();
        Locale locale = LocalizedNames.readerLocale(user.language());
        return requests.startable(user).stream()
                .map(p -> StartableDto.of(p, locale))
                .toList();
    }

    @GetMapping("/api/processes/{key}/start-form")
    StartableDto startForm(@PathVariable String key) {
        CurrentUser user = CurrentUsers.require();
        return StartableDto.of(requests.startable(user, key), LocalizedNames.readerLocale(user.language()));
    }

    @PostMapping("/api/processes/{key}/start")
    @ResponseStatus(HttpStatus.CREATED)
    InstanceDto start(@PathVariable String key, @RequestBody(required = false) ProcessRequests.StartRequest body) {
        CurrentUser user = CurrentUsers.require();
        return InstanceDto.of(requests.start(user, key, body), requests, user);
    }

    @GetMapping("/api/processes/instances")
    List<InstanceDto> instances(@RequestParam(defaultValue = "me") String startedBy) {
        if (!"me".equals(startedBy)) {
            throw InvalidInputException.field("startedBy", "Only your own requests can be listed (startedBy=me).");
        }
        CurrentUser user = CurrentUsers.require();
        return requests.mine(user).stream()
                .map(i -> InstanceDto.of(i, requests, user))
                .toList();
    }

    @GetMapping("/api/processes/instances/{instanceId}")
    InstanceDto instance(@PathVariable String instanceId) {
        CurrentUser user = CurrentUsers.require();
        return InstanceDto.of(requests.mine(user, instanceId), requests, user);
    }

    @GetMapping("/api/processes/instances/{instanceId}/history")
    List<TaskDetailsController.StepDto> history(@PathVariable String instanceId) {
        return requests.history(CurrentUsers.require(), instanceId).stream()
                .map(TaskDetailsController.StepDto::of)
                .toList();
    }

    @GetMapping("/api/processes/instances/{instanceId}/diagram")
    ProcessDiagram diagram(@PathVariable String instanceId) {
        return requests.diagram(CurrentUsers.require(), instanceId);
    }

    /** A process the caller may start; {@code startForm} is the form-js schema in the reader's language, or null. */
    record StartableDto(
            String key, int version, String name, Map<String, String> names, boolean needsProject, JsonNode startForm) {

        static StartableDto of(StartableProcess p, Locale locale) {
            return new StartableDto(
                    p.key(),
                    p.version(),
                    p.name(""),
                    p.names(),
                    true,
                    p.startForm() == null
                            ? null
                            : FormTexts.localized(p.startForm().schema(), locale));
        }
    }

    /** An instance the caller started, with its open steps and who holds them. */
    record InstanceDto(
            String id,
            String processKey,
            String processName,
            Map<String, String> processNames,
            String businessKey,
            String projectId,
            Instant startedAt,
            Instant endedAt,
            String state,
            String endActivityId,
            List<StepDto> currentSteps) {

        static InstanceDto of(StartedInstance i, ProcessRequests requests, CurrentUser user) {
            return new InstanceDto(
                    i.id(),
                    i.processKey(),
                    i.processName() == null ? i.processKey() : i.processName(),
                    i.names(),
                    i.businessKey(),
                    i.projectId(),
                    i.startedAt(),
                    i.endedAt(),
                    i.endedAt() == null ? "RUNNING" : "ENDED",
                    i.endActivityId(),
                    i.openSteps().stream()
                            .map(s -> new StepDto(
                                    s.taskId(),
                                    s.name(),
                                    s.assignee(),
                                    s.assignee() == null ? null : requests.name(user, s.assignee()),
                                    s.candidateGroups()))
                            .toList());
        }
    }

    record StepDto(String taskId, String name, String assigneeId, String assignee, List<String> candidateGroups) {}
}
