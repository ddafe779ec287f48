/**
 * Automation rules: per project, "when &lt;event&gt; [if &lt;conditions&gt;] then &lt;action&gt;", kept as data.
 * Rules are evaluated after the triggering change has committed, handed over through the event
 * publication registry, each action in its own transaction, never twice for one event, retried
 * when it fails (docs/audit-and-rules.md, docs/adr/0003-durable-event-handover.md).
 */
package io.crossflow.automation;
