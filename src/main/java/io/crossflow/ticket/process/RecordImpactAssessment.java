package io.crossflow.ticket.process;

import io.crossflow.shared.InvalidInputException;
import io.crossflow.ticket.Ticket;
import io.crossflow.ticket.TicketStages;
import io.crossflow.ticket.internal.TicketStore;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The partner assessed the change: keeps the proposed dates per affected item ({@code newDates},
 * one line {@code <workItemId> <start> <end>}, "-" keeps a date) and decides whether the customer
 * must sign it off: when the project has a customer and the change alters scope, price (a cost
 * impact) or dates. The customer then sees the ticket.
 */
@Component("recordImpactAssessment")
class RecordImpactAssessment implements JavaDelegate {

    private final TicketStore store;
    private final TicketStages stages;

    RecordImpactAssessment(TicketStore store, TicketStages stages) {
        this.store = store;
        this.stages = stages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TicketInstance instance = TicketInstance.of(execution);
        Ticket ticket = store.find(instance.tenantId(), instance.ticketId()).orElseThrow();
        int dateChanges = 0;
        String lines = TicketInstance.string(execution, ChangeRequest.NEW_DATES);
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split("\\s+");
            UUID item = parseItem(parts[0]);
            if (parts.length != 3
                    || item == null
                    || !ticket.affectedWorkItemIds().contains(item)) {
                throw InvalidInputException.field(
                        ChangeRequest.NEW_DATES,
                        "each line must be '<affected work item id> <new start> <new end>', e.g. '"
                                + (ticket.affectedWorkItemIds().isEmpty()
                                        ? "<id>"
                                        : ticket.affectedWorkItemIds().get(0))
                                + " 2026-03-01 2026-03-20'");
            }
            LocalDate start = date(parts[1]);
            LocalDate end = date(parts[2]);
            if (start != null && end != null && end.isBefore(start)) {
                throw InvalidInputException.field(ChangeRequest.NEW_DATES, "an end is before its start: " + line);
            }
            store.proposeDates(ticket.id(), item, start, end);
            dateChanges++;
        }
        Object cost = execution.getVariable(ChangeRequest.COST_IMPACT);
        boolean priceChange = cost instanceof Number n && n.doubleValue() != 0;
        boolean scopeChange = Boolean.TRUE.equals(execution.getVariable(ChangeRequest.SCOPE_CHANGE));
        boolean required = execution.getVariable(ChangeRequest.CUSTOMER_GROUP) != null
                && (scopeChange || priceChange || dateChanges > 0);
        execution.setVariable(ChangeRequest.CUSTOMER_SIGN_OFF_REQUIRED, required);
        if (required) {
            stages.shareWithCustomers(ticket.tenantId(), ticket.id());
        }
    }

    private static UUID parseItem(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        if (text.equals("-")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field(ChangeRequest.NEW_DATES, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }
}
