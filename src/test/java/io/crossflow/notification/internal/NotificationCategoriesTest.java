package io.crossflow.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.notification.NotificationTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class NotificationCategoriesTest {

    @Test
    void everyTypeWithTemplatesBelongsToExactlyOneCategoryOrIsASecurityMail() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/notification/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        TreeSet<String> types = new TreeSet<>();
        messages.stringPropertyNames().stream()
                .filter(key -> key.matches("[A-Z_]+\\.subject"))
                .forEach(key -> types.add(key.substring(0, key.length() - ".subject".length())));
        assertThat(types).as("the bundle's types").contains(NotificationTypes.TASK_OFFERED, "DOCUMENT_MENTION");

        List<String> homeless = new ArrayList<>();
        for (String type : types) {
            long homes = NotificationCategories.all().stream()
                    .filter(c -> NotificationCategories.typesOf(c).contains(type))
                    .count();
            boolean security = NotificationTypes.SECRET_LINKS.contains(type);
            if (security ? homes != 0 : homes != 1) {
                homeless.add(type + " in " + homes + " categories");
            }
        }
        assertThat(homeless).as("a person could not choose a channel for these").isEmpty();
    }

    @Test
    void securityMailsAreNeverHeldBackAndUnknownTypesCountAsOther() {
        for (String type : NotificationTypes.SECRET_LINKS) {
            assertThat(NotificationCategories.of(type)).as(type).isEmpty();
        }
        assertThat(NotificationCategories.of(NotificationTypes.TASK_OFFERED)).contains(NotificationCategories.TASKS);
        assertThat(NotificationCategories.of("SOMETHING_NEW")).contains(NotificationCategories.OTHER);
    }
}
