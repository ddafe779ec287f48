package io.crossflow.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.audit.AuditEntry;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Organisation;
import io.crossflow.identity.OrganisationKind;
import io.crossflow.identity.Organisations;
import io.crossflow.identity.UserSummary;
import io.crossflow.identity.Users;
import io.crossflow.project.WorkItems;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.Tickets;
import io.crossflow.workflow.TaskNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The names of everything a page of activity entries refers to by id (actors, assignees, work
 * items, tickets, tasks, participants and members), so the feed reads as sentences. One query per
 * kind of object, whatever the number of entries. The entries were already scoped to the reader
 * ({@link io.crossflow.audit.ActivityLog}); the objects they are about are the reader's to name,
 * the people and organisations in them only as far as the reader may know them.
 */
@Component
public class ActivityNames {

    private static final Set<String> USER_FIELDS = Set.of("assigneeUserId", "assignee");
    private static final Set<String> ORGANISATION_FIELDS = Set.of("assigneeOrganisationId", "partnerOrganisationId");
    private static final Set<String> WORK_ITEM_FIELDS = Set.of("predecessorId");

    private final Users users;
    private final Organisations organisations;
    private final WorkItems workItems;
    private final Tickets tickets;
    private final TaskNames taskNames;

    ActivityNames(Users users, Organisations organisations, WorkItems workItems, Tickets tickets, TaskNames taskNames) {
        this.users = users;
        this.organisations = organisations;
        this.workItems = workItems;
        this.tickets = tickets;
        this.taskNames = taskNames;
    }

    /**
     * What the entries name.
     *
     * @param names id → name: people, organisations, work items (title), tickets (number and title), tasks
     * @param organisations user id → the name of its organisation, for people outside the host company
     */
    public record Resolved(Map<String, String> names, Map<String, String> organisations) {}

    /**
     * The names for {@code reader}: an internal reader learns every name; a partner or customer
     * only the names of the host company, its own organisation and their people (an entry about
     * its item may still hold another partner's id, which stays unnamed: "someone").
     */
    public Resolved resolve(CurrentUser reader, List<AuditEntry> entries, Locale locale) {
        UUID tenantId = reader.tenantId();
        Set<UUID> userIds = new HashSet<>();
        Set<UUID> organisationIds = new HashSet<>();
        Set<UUID> workItemIds = new HashSet<>();
        Set<UUID> ticketIds = new HashSet<>();
        Set<String> taskIds = new HashSet<>();
        for (AuditEntry entry : entries) {
            add(userIds, entry.actorId());
            switch (entry.objectType()) {
                case "WORK_ITEM", "DEPENDENCY" -> add(workItemIds, uuid(entry.objectId()));
                case "TICKET" -> add(ticketIds, uuid(entry.objectId()));
                case "TASK" -> taskIds.add(entry.objectId());
                case "MEMBER" -> add(userIds, uuid(entry.objectId()));
                case "PARTICIPANT" -> add(organisationIds, uuid(entry.objectId()));
                default -> {
                    // documents, pages, budget lines and the plan carry their own names in their changes
                }
            }
            JsonNode changes = entry.changes();
            if (changes != null && changes.isObject()) {
                changes.fieldNames().forEachRemaining(field -> {
                    JsonNode change = changes.path(field);
                    if (USER_FIELDS.contains(field)) {
                        ends(change).forEach(v -> add(userIds, uuid(v)));
                    } else if (ORGANISATION_FIELDS.contains(field)) {
                        ends(change).forEach(v -> add(organisationIds, uuid(v)));
                    } else if (WORK_ITEM_FIELDS.contains(field)) {
                        ends(change).forEach(v -> add(workItemIds, uuid(v)));
                    }
                });
            }
        }
        Map<String, String> names = new HashMap<>();
        Map<String, String> outsiders = new HashMap<>();
        List<UserSummary> people = users.summaries(tenantId, userIds);
        people.forEach(u -> organisationIds.add(u.organisationId()));
        Map<UUID, Organisation> byId = new HashMap<>();
        organisations.all(tenantId, organisationIds).forEach(o -> byId.put(o.id(), o));
        byId.values()
                .removeIf(o -> !reader.internal()
                        && o.kind() != OrganisationKind.HOST
                        && !o.id().equals(reader.organisationId()));
        byId.values().forEach(o -> names.put(o.id().toString(), o.name()));
        for (UserSummary person : people) {
            Organisation own = byId.get(person.organisationId());
            if (own == null) {
                continue; // another outside organisation's person: not named to this reader
            }
            names.put(person.id().toString(), person.displayName());
            if (own.kind() != OrganisationKind.HOST) {
                outsiders.put(person.id().toString(), own.name());
            }
        }
        workItems.titles(tenantId, workItemIds).forEach((id, title) -> names.put(id.toString(), title));
        for (Ticket ticket : tickets.findAll(tenantId, ticketIds)) {
            names.put(ticket.id().toString(), ticket.number() + " " + ticket.title());
        }
        names.putAll(taskNames.of(tenantId, taskIds, locale == null ? Locale.ENGLISH : locale));
        return new Resolved(names, outsiders);
    }

    private static Collection<String> ends(JsonNode change) {
        List<String> values = new java.util.ArrayList<>();
        for (String end : List.of("from", "to")) {
            JsonNode value = change.path(end);
            if (value.isTextual()) {
                values.add(value.asText());
            }
        }
        return values;
    }

    private static <T> void add(Set<T> ids, T id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
