package io.crossflow.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code crossflow.identity}.
 *
 * @param login throttling of failed sign-ins per username
 */
@ConfigurationProperties("crossflow.identity")
public record IdentityProperties(Login login) {

    /**
     * After {@code maxFailures} failed sign-ins within {@code failureWindow}, the username is
     * locked for {@code lockDuration}, whatever password is tried.
     */
    public record Login(int maxFailures, Duration failureWindow, Duration lockDuration) {}
}
