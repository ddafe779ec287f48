package io.crossflow.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code crossflow.tenancy}.
 *
 * @param demoData seed the demo tenants and users at start-up (never in the prod profile)
 */
@ConfigurationProperties("crossflow.tenancy")
public record TenancyProperties(boolean demoData) {}
