/** Notifications: in-app, e-mail and chat channels, sent from an outbox after the business transaction commits. */
package io.crossflow.notification;
