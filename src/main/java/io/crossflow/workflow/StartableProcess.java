package io.crossflow.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The latest version of a tenant's process whose model names who may start it
 * ({@code camunda:candidateStarterGroups} / {@code camunda:candidateStarterUsers}), with its start
 * form ({@code camunda:formRef} on the none start event) if it has one.
 *
 * @param names the process's name per language ({@code i18n.name.<lang>} properties), may be empty
 * @param starterGroups as written in the model; see {@link #starterKeys}
 * @param startForm the deployed start form, or null
 */
public record StartableProcess(
        String key,
        String definitionId,
        int version,
        String name,
        Map<String, String> names,
        List<String> starterGroups,
        List<String> starterUsers,
        TaskForm startForm) {

    public StartableProcess {
        names = Map.copyOf(names);
        starterGroups = List.copyOf(starterGroups);
        starterUsers = List.copyOf(starterUsers);
    }

    /** The name in the language ({@code zh-CN}, {@code en}), else the model's {@code name}, else the key. */
    public String name(String language) {
        String localized = names.get(language);
        if (localized != null && !localized.isBlank()) {
            return localized;
        }
        return name == null || name.isBlank() ? key : name;
    }

    /**
     * The candidate keys ({@link CandidateGroups}) of which a starter must hold one, for an instance
     * in the project: a capability name ({@code MANAGER}, {@code DESIGNER}, …) is that capability in
     * the tenant, {@code project:<ROLE>} that role in the chosen project, a full candidate-group name
     * ({@code org:…}, {@code tenant:…}, {@code project:<id>:<ROLE>}) itself; a starter user is
     * {@code user:<id>}. Keys of another tenant never match: the caller's keys are of its tenant.
     */
    public Set<String> starterKeys(UUID tenantId, UUID projectId) {
        Set<String> keys = new LinkedHashSet<>();
        for (String group : starterGroups) {
            String[] parts = group.split(":");
            if (parts.length == 1) {
                keys.add(CandidateGroups.tenantRole(tenantId, group));
            } else if (parts.length == 2 && parts[0].equals("project")) {
                if (projectId != null) {
                    keys.add(CandidateGroups.projectRole(projectId, parts[1]));
                }
            } else {
                keys.add(group);
            }
        }
        starterUsers.forEach(user -> keys.add(CandidateGroups.user(user)));
        return keys;
    }

    /** Whether a starter needs a role in the project ({@code project:<ROLE>}) rather than one of the tenant. */
    public boolean startableByProjectRole(Set<String> callerKeys) {
        return starterGroups.stream()
                .filter(g -> g.split(":").length == 2 && g.startsWith("project:"))
                .map(g -> ":" + g.substring("project:".length()).toUpperCase(Locale.ROOT))
                .anyMatch(suffix -> callerKeys.stream().anyMatch(k -> k.startsWith("project:") && k.endsWith(suffix)));
    }
}
