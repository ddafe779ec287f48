/** Platform operators: founding, listing, suspending and resuming tenants, and bootstrapping an empty installation. */
package io.crossflow.platform;
