package io.crossflow.notification.internal;

/** The ways a notification reaches a person; one outbox row per recipient and channel. */
enum Channel {
    /** The recipient's notification list in the web app, and its open live streams. */
    IN_APP,
    /** An e-mail over SMTP in the recipient's language. */
    EMAIL
}
