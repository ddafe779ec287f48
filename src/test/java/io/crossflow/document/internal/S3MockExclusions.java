package io.crossflow.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The auto-configurations on the test class path that S3Mock's own Spring Boot context must not
 * run: everything needing a database, the engine, security, mail or Modulith. Read from the class
 * path, so a new starter does not silently break the S3 store tests.
 */
final class S3MockExclusions {

    private static final List<String> UNWANTED = List.of(
            "org.camunda.",
            "org.springframework.modulith.",
            "org.springdoc.",
            ".jdbc.",
            ".flyway.",
            ".liquibase.",
            ".security.",
            ".mail.",
            ".data.",
            ".sql.",
            ".orm.",
            ".session.",
            ".transaction.");

    private S3MockExclusions() {}

    static String list() throws IOException {
        TreeSet<String> excluded = new TreeSet<>();
        for (URL url : Collections.list(S3MockExclusions.class
                .getClassLoader()
                .getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
            try (InputStream in = url.openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.strip();
                    if (!name.isEmpty()
                            && !name.startsWith("#")
                            && UNWANTED.stream().anyMatch(name::contains)) {
                        excluded.add(name);
                    }
                }
            }
        }
        return String.join(",", excluded);
    }
}
