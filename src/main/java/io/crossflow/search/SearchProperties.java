package io.crossflow.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code crossflow.search}.
 *
 * @param maxIndexedChars the most characters of an entry's body that are analysed for the index
 *     (PostgreSQL's tsvector holds at most 1 MB); the rest is stored but not searchable
 * @param snippetChars about how many characters of the body a result's snippet shows
 * @param maxPageSize the largest page of results one request may ask for
 */
@ConfigurationProperties("crossflow.search")
public record SearchProperties(
        @DefaultValue("500000") int maxIndexedChars,
        @DefaultValue("200") int snippetChars,
        @DefaultValue("50") int maxPageSize) {}
