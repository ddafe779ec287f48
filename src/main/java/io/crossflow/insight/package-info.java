/**
 * Insight: rollup tables kept current by task, work-item, ticket and time-entry events; partner
 * scorecards, earned value and dashboards, process analytics, threshold alerts, exports and
 * scheduled reports. Reads other modules only through their APIs and events.
 */
package io.crossflow.insight;
