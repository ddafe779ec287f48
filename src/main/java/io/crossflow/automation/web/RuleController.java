package io.crossflow.automation.web;

import io.crossflow.automation.AutomationRules;
import io.crossflow.automation.Condition;
import io.crossflow.automation.Rule;
import io.crossflow.automation.RuleAction;
import io.crossflow.automation.RuleStatus;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RuleController {

    private final AutomationRules rules;
    private final ProjectAccess access;

    RuleController(AutomationRules rules, ProjectAccess access) {
        this.rules = rules;
        this.access = access;
    }

    @GetMapping("/api/projects/{projectId}/rules")
    List<RuleDto> list(@PathVariable UUID projectId) {
        Standing standing = access.standing(CurrentUsers.require(), projectId);
        Map<UUID, RuleStatus> statuses = rules.statuses(standing);
        return rules.list(standing).stream()
                .map(r -> RuleDto.of(r, statuses.getOrDefault(r.id(), RuleStatus.NONE)))
                .toList();
    }

    @PostMapping("/api/projects/{projectId}/rules")
    @ResponseStatus(HttpStatus.CREATED)
    RuleDto create(@PathVariable UUID projectId, @RequestBody AutomationRules.NewRule body) {
        CurrentUser user = CurrentUsers.require();
        return RuleDto.of(rules.create(access.standing(user, projectId), body), RuleStatus.NONE);
    }

    @PostMapping("/api/rules/{ruleId}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable UUID ruleId) {
        rules.disable(CurrentUsers.require(), ruleId);
    }

    record RuleDto(
            UUID id,
            UUID projectId,
            String name,
            String trigger,
            List<Condition> conditions,
            RuleAction action,
            boolean enabled,
            UUID createdBy,
            Instant createdAt,
            RuleStatus status) {

        static RuleDto of(Rule r, RuleStatus status) {
            return new RuleDto(
                    r.id(),
                    r.projectId(),
                    r.name(),
                    r.trigger().name(),
                    r.conditions(),
                    r.action(),
                    r.enabled(),
                    r.createdBy(),
                    r.createdAt(),
                    status);
        }
    }
}
