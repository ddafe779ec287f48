/**
 * Automation rules: per project, "when &lt;event&gt; [if &lt;conditions&gt;] then &lt;action&gt;", kept as data.
 * Rules are evaluated after the triggering change has committed, each action in its own
 * transaction, and never twice for one event (docs/audit-and-rules.md).
 */
package io.crossflow.automation;
