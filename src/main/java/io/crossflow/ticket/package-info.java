/** Tickets: change requests, issues and complaints raised on a project and run as processes. */
package io.crossflow.ticket;
