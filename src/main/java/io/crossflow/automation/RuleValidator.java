package io.crossflow.automation;

import io.crossflow.identity.Users;
import io.crossflow.project.Project;
import io.crossflow.project.Projects;
import io.crossflow.shared.InvalidInputException;
import io.crossflow.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a rule before it is stored: every field, operator, value and action must be one Crossflow knows. */
@Component
class RuleValidator {

    private static final Pattern PROCESS_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private final Projects projects;
    private final Users users;

    RuleValidator(Projects projects, Users users) {
        this.projects = projects;
        this.users = users;
    }

    void validate(Project project, AutomationRules.NewRule rule) {
        List<FieldError> errors = new ArrayList<>();
        if (rule.name() == null || rule.name().isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (rule.name().length() > 200) {
            errors.add(new FieldError("name", "must be at most 200 characters"));
        }
        Optional<Trigger> trigger = Arrays.stream(Trigger.values())
                .filter(t -> t.name().equals(rule.trigger()))
                .findFirst();
        if (trigger.isEmpty()) {
            errors.add(new FieldError("trigger", "must be one of " + Arrays.toString(Trigger.values())));
        }
        List<Condition> conditions = rule.conditions() == null ? List.of() : rule.conditions();
        if (conditions.size() > 10) {
            errors.add(new FieldError("conditions", "must be at most 10 conditions"));
        }
        for (int i = 0; i < conditions.size() && trigger.isPresent(); i++) {
            condition("conditions[" + i + "]", trigger.get(), conditions.get(i), errors);
        }
        action(project, trigger, rule.action(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Please correct the highlighted fields.", errors);
        }
    }

    private static void condition(String at, Trigger trigger, Condition condition, List<FieldError> errors) {
        if (condition == null) {
            errors.add(new FieldError(at, "is required"));
            return;
        }
        RuleField field = trigger.fields().get(condition.field());
        if (field == null) {
            errors.add(new FieldError(
                    at + ".field",
                    "must be one of "
                            + trigger.fields().keySet().stream().sorted().toList()));
        }
        Optional<Condition.Operator> operator = Condition.Operator.of(condition.operator());
        if (operator.isEmpty()) {
            errors.add(new FieldError(at + ".operator", "must be one of ==, !=, <, <=, >, >="));
        } else if (field != null && operator.get().ordering() && field.kind() != RuleField.Kind.NUMBER) {
            errors.add(new FieldError(at + ".operator", "can only compare numbers; use == or !="));
        }
        String value = condition.value();
        if (value == null) {
            errors.add(new FieldError(at + ".value", "is required"));
        } else if (field != null) {
            String problem = switch (field.kind()) {
                case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
                case NUMBER -> number(value) ? null : "must be a number";
                case ENUM ->
                    field.values().contains(value)
                            ? null
                            : "must be one of "
                                    + field.values().stream().sorted().toList();
                case TEXT -> value.length() <= 200 ? null : "must be at most 200 characters";
            };
            if (problem != null) {
                errors.add(new FieldError(at + ".value", problem));
            }
        }
    }

    private void action(Project project, Optional<Trigger> trigger, RuleAction action, List<FieldError> errors) {
        if (action == null) {
            errors.add(new FieldError("action", "is required"));
            return;
        }
        RuleAction.Type type = Arrays.stream(RuleAction.Type.values())
                .filter(t -> t.name().equals(action.type()))
                .findFirst()
                .orElse(null);
        if (type == null) {
            errors.add(new FieldError("action.type", "must be one of " + Arrays.toString(RuleAction.Type.values())));
            return;
        }
        boolean onWorkItem = type == RuleAction.Type.ASSIGN || type == RuleAction.Type.SET_STATUS;
        if (onWorkItem && trigger.isPresent() && !trigger.get().aboutWorkItem()) {
            errors.add(new FieldError("action.type", "can only be used with work item events"));
        }
        switch (type) {
            case NOTIFY -> notify(project, action, errors);
            case ASSIGN -> {
                if (action.assigneeUserId() == null && action.assigneeOrganisationId() == null) {
                    errors.add(new FieldError("action.assigneeUserId", "name a person or an organisation to assign"));
                }
                if (action.assigneeOrganisationId() != null
                        && !projects.isParticipant(project.id(), action.assigneeOrganisationId())) {
                    errors.add(new FieldError(
                            "action.assigneeOrganisationId", "is not an organisation taking part in this project"));
                }
                if (action.assigneeUserId() != null && !participant(project, action.assigneeUserId())) {
                    errors.add(new FieldError("action.assigneeUserId", "is not a person taking part in this project"));
                }
            }
            case SET_STATUS -> {
                if (action.status() == null || !RuleField.STATUSES.contains(action.status())) {
                    errors.add(new FieldError(
                            "action.status",
                            "must be one of "
                                    + RuleField.STATUSES.stream().sorted().toList()));
                }
            }
            case START_PROCESS -> {
                if (action.processKey() == null
                        || !PROCESS_KEY.matcher(action.processKey()).matches()) {
                    errors.add(new FieldError("action.processKey", "must be the id of a deployed process"));
                }
            }
        }
    }

    private void notify(Project project, RuleAction action, List<FieldError> errors) {
        if (action.recipients().isEmpty()
                && action.userIds().isEmpty()
                && action.organisationIds().isEmpty()) {
            errors.add(new FieldError("action.recipients", "name at least one recipient"));
        }
        for (String recipient : action.recipients()) {
            if (Arrays.stream(RuleAction.Recipient.values())
                    .noneMatch(r -> r.name().equals(recipient))) {
                errors.add(new FieldError(
                        "action.recipients", "must be among " + Arrays.toString(RuleAction.Recipient.values())));
                break;
            }
        }
        for (UUID organisation : action.organisationIds()) {
            if (organisation == null || !projects.isParticipant(project.id(), organisation)) {
                errors.add(
                        new FieldError("action.organisationIds", "must be organisations taking part in this project"));
                break;
            }
        }
        for (UUID user : action.userIds()) {
            if (user == null || !participant(project, user)) {
                errors.add(new FieldError("action.userIds", "must be people taking part in this project"));
                break;
            }
        }
    }

    private boolean participant(Project project, UUID userId) {
        return users.find(project.tenantId(), userId)
                .filter(u -> projects.isParticipant(project.id(), u.organisationId()))
                .isPresent();
    }

    private static boolean number(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
