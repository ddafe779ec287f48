package io.crossflow.workflow.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.Page;

/** In-memory paging and SQL-style {@code like} for the directory queries. */
final class Paging {

    private Paging() {}

    static <T> List<T> page(Stream<T> items, Page page) {
        if (page != null) {
            items = items.skip(page.getFirstResult()).limit(page.getMaxResults());
        }
        return items.toList();
    }

    static boolean like(String value, String pattern) {
        if (value == null) {
            return false;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(
                    switch (c) {
                        case '%' -> ".*";
                        case '_' -> ".";
                        default -> Pattern.quote(String.valueOf(c));
                    });
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL)
                .matcher(value)
                .matches();
    }
}
