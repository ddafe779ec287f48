/**
 * All Camunda glue: per-tenant deployments, starting processes, task operations, and the bridge
 * that turns engine task events into Crossflow events. Other modules never touch the engine API.
 */
package io.crossflow.workflow;
