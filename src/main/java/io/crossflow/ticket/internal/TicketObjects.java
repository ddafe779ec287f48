package io.crossflow.ticket.internal;

import io.crossflow.workflow.BusinessObject;
import io.crossflow.workflow.BusinessObjectSource;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Names the ticket (number and title) a change-request or issue process is about. */
@Component
class TicketObjects implements BusinessObjectSource {

    static final String KIND = "TICKET";

    private final TicketStore store;

    TicketObjects(TicketStore store) {
        this.store = store;
    }

    @Override
    public Optional<BusinessObject> find(UUID tenantId, UUID id) {
        return store.find(tenantId, id)
                .map(ticket -> new BusinessObject(
                        KIND,
                        ticket.id(),
                        ticket.number(),
                        ticket.title(),
                        ticket.projectId(),
                        ticket.priority().taskPriority()));
    }
}
