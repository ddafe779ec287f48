package io.crossflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code crossflow.notification}; the documented defaults are in {@code
 * application.yml}.
 *
 * @param dispatchInterval pause between two dispatch passes of the outbox on each node
 * @param batchSize the most outbox rows one pass delivers
 * @param maxAttempts delivery attempts per outbox row before the dispatcher gives up (recorded)
 * @param retryDelay the pause before the first retry; doubled for every further attempt
 * @param maxRetryDelay the longest pause between two attempts
 * @param mailFrom the sender address of notification e-mails
 * @param webBaseUrl the web app's address, prefixed to the links in e-mails
 * @param streamTimeout how long a live stream stays open before the browser has to reconnect
 */
@ConfigurationProperties("crossflow.notification")
public record NotificationProperties(
        Duration dispatchInterval,
        int batchSize,
        int maxAttempts,
        Duration retryDelay,
        Duration maxRetryDelay,
        String mailFrom,
        String webBaseUrl,
        Duration streamTimeout) {

    /** The pause before the attempt after {@code attempts} failed ones: exponential, capped. */
    public Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = retryDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
