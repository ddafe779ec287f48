/**
 * All Camunda glue: per-tenant deployments, the designers' process-model API (validate, deploy,
 * versions, redeploy; docs/modeler.md), starting processes, task operations, instance history, and
 * the bridge that turns engine task events into Crossflow events. Other modules never touch the
 * engine API.
 */
package io.crossflow.workflow;
