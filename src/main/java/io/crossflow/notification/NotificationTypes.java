package io.crossflow.notification;

import java.util.List;

/**
 * The notification types this module raises itself, and the one every other type falls back to.
 * Each type has a subject and a body in every language's message bundle ({@code
 * notification/messages*.properties}, keys {@code <TYPE>.subject} and {@code <TYPE>.body}; {@code
 * {param}} placeholders are the request's params). A module that publishes a new type adds both
 * keys to both bundles; {@code NotificationTemplatesTest} fails on a missing one.
 */
public final class NotificationTypes {

    /** A task was offered to the recipient, its organisation or one of its project roles. Params: task, process, project. */
    public static final String TASK_OFFERED = "TASK_OFFERED";

    /** A task was assigned to the recipient by someone else. Params: task, process, project. */
    public static final String TASK_ASSIGNED = "TASK_ASSIGNED";

    /** A hand-off to the recipient's organisation is due soon. Params: workItem, project. */
    public static final String HANDOFF_REMINDER = "HANDOFF_REMINDER";

    /** A hand-off of the recipient's project passed its due date undelivered. Params: workItem, project, partner. */
    public static final String HANDOFF_OVERDUE = "HANDOFF_OVERDUE";

    /**
     * A milestone the recipient owns was refused by the customer and is back in rework. Params:
     * workItem, project, customer, reason.
     */
    public static final String MILESTONE_REFUSED = "MILESTONE_REFUSED";

    /** A task waiting on the recipient (or its organisation) has been open for a while. Params: task, project. */
    public static final String TASK_REMINDER = "TASK_REMINDER";

    /** A task waiting on an outside party has been open too long; to the project's managers. Params: task, project. */
    public static final String TASK_ESCALATED = "TASK_ESCALATED";

    /** The recipient's username was locked by failed sign-ins; e-mail only, its link unlocks. Params: until, minutes. */
    public static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

    /**
     * The recipient was invited into an organisation; e-mail only, its link accepts the invitation.
     * Params: organisation, inviter, expires.
     */
    public static final String INVITATION = "INVITATION";

    /** The recipient (or someone knowing its address) asked to reset its password; e-mail only. Params: minutes. */
    public static final String PASSWORD_RESET = "PASSWORD_RESET";

    /** Types whose link carries a secret: e-mail only, and the outbox forgets the link once it is delivered or given up. */
    public static final List<String> SECRET_LINKS = List.of(SIGN_IN_LOCKED, INVITATION, PASSWORD_RESET);

    /** Used for a type without templates of its own. Params: title, and optionally text. */
    public static final String GENERIC = "GENERIC";

    public static final List<String> ALL = List.of(
            TASK_OFFERED,
            TASK_ASSIGNED,
            HANDOFF_REMINDER,
            HANDOFF_OVERDUE,
            MILESTONE_REFUSED,
            TASK_REMINDER,
            TASK_ESCALATED,
            SIGN_IN_LOCKED,
            INVITATION,
            PASSWORD_RESET,
            GENERIC);

    private NotificationTypes() {}
}
