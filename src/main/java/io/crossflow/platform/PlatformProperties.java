package io.crossflow.platform;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code crossflow.platform}.
 *
 * @param bootstrapTokenValidity how long the one-time bootstrap token printed at a start without
 *     any platform operator can be used
 */
@ConfigurationProperties("crossflow.platform")
public record PlatformProperties(@DefaultValue("PT24H") Duration bootstrapTokenValidity) {}
