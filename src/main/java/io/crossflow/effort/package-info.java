/**
 * Effort: estimates on work items, time entries and timesheets, capacity per person and per partner
 * organisation, and hourly cost rates that turn logged hours into actual cost.
 */
package io.crossflow.effort;
