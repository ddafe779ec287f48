/** Delegates of the reminder and escalation timers on steps that wait on an outside party. */
package io.crossflow.notification.process;
