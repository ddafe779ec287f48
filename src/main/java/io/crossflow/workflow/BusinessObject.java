package io.crossflow.workflow;

import java.util.UUID;

/**
 * The domain object a process instance is about, as its tasks name it: a work item, a ticket, a
 * supplier order. Resolved from the instance's business key by the {@link BusinessObjectSource} of
 * the module that owns the object.
 *
 * @param kind the owner's name for the kind, e.g. {@code WORK_ITEM}, {@code TICKET}, {@code SUPPLIER_ORDER}
 * @param number the object's number where it has one ({@code PRJ-42-CR-7}, {@code SO-12}), else null
 * @param title what people call it
 * @param projectId the project it belongs to
 * @param priority the engine task priority the object asks for, or null to leave the model's
 */
public record BusinessObject(String kind, UUID id, String number, String title, UUID projectId, Integer priority) {

    /** The number and the title, as one label: {@code PRJ-42-CR-7 Gearbox noise}, or the title alone. */
    public String label() {
        return number == null || number.isBlank() ? title : number + " " + title;
    }
}
