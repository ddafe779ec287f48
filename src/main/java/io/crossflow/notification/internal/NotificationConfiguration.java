package io.crossflow.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the outbox dispatcher ({@code crossflow.notification.dispatch-interval}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationConfiguration {}
