/**
 * Tickets: change requests, issues and complaints raised on a project and run as processes
 * ({@code change-request}, {@code issue-escalation}). {@link io.crossflow.ticket.Tickets} raises and
 * reads them under the access policy; {@link io.crossflow.ticket.TicketStages} moves them, for the
 * processes; every move publishes {@link io.crossflow.ticket.TicketChanged}.
 */
package io.crossflow.ticket;
