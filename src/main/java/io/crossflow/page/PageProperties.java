package io.crossflow.page;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code crossflow.page}.
 *
 * @param maxContentChars the longest page content (sanitised HTML) a save may send
 * @param maxTitleChars the longest page title
 */
@ConfigurationProperties("crossflow.page")
public record PageProperties(
        @DefaultValue("200000") int maxContentChars,
        @DefaultValue("200") int maxTitleChars) {}
