package io.crossflow.workflow;

import java.time.Instant;
import java.util.List;

/**
 * What the step a review task reviews was completed with ({@code crossflow:reviews}): the
 * delivering task's submitted form values labelled in the reader's language, and its note
 * ({@code crossflow:deliveryNote} on the delivering task names the field), from the engine's
 * history. Callers decide who may read it (those who may work on the review task).
 *
 * @param taskId the delivering task (its documents are those attached to it)
 * @param name the delivering task's name in the reader's language
 * @param completedBy the user id of whoever completed it
 * @param values the form's fields in form order, the note left out
 * @param note the note field's text, null when the model names none or it was left empty
 */
public record Delivery(
        String taskId, String name, Instant completedAt, String completedBy, List<Value> values, String note) {

    public Delivery {
        values = List.copyOf(values);
    }

    /**
     * One submitted field: its label in the reader's language and its value as submitted, an
     * option's value replaced by the option's label (a list of them for checklists and tag lists).
     */
    public record Value(String key, String label, Object value) {}
}
