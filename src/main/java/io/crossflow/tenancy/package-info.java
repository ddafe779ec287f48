/** Tenants: the customer companies of Crossflow, and the demo data that shows one. */
package io.crossflow.tenancy;
