/** The demo tenants, users and projects of the README; seeded in the default profile only, never in prod. */
package io.crossflow.demo;
