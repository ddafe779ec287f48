package io.crossflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.MovableClock;
import io.crossflow.testing.TestClients;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task due on 2026-12-08 in the demo tenant's zone (Asia/Shanghai) is due until that day ends
 * there (16:00Z), and "due today" and "overdue" are days of the reader's zone: its own, else its
 * tenant's. The clock is moved across the day boundary; the person is a fresh partner user whose
 * inbox holds only this task, so the counts are exact.
 */
@IntegrationTest
class DueDayAcrossTimeZonesIT {

    private static final LocalDate DUE_DAY = LocalDate.of(2026, 12, 8);
    private static final String PASSWORD = "zone-test-password-2026";

    @Autowired
    TestClients clients;

    @Autowired
    MovableClock clock;

    Api partner;
    String task;

    @BeforeEach
    void aDeliverTaskDueOnTheEighthInShanghai() {
        clock.moveTo(Instant.parse("2026-12-07T02:00:00Z"));
        Api admin = clients.as("admin");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Response organisation =
                admin.post("/api/admin/organisations", Map.of("name", "Zone Works " + suffix, "kind", "PARTNER"));
        assertThat(organisation.status()).as(organisation.toString()).isEqualTo(201);
        String organisationId = organisation.json().path("id").asText();
        String username = "zone-" + suffix;
        Api.Response user = admin.post(
                "/api/admin/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "Zhou Zone",
                        "email",
                        username + "@zone.example",
                        "organisationId",
                        organisationId,
                        "capabilities",
                        List.of("PARTNER_MEMBER"),
                        "password",
                        PASSWORD));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("Zones"));
        Api.Response joined = clients.as("pm")
                .post(
                        "/api/projects/" + project + "/participants",
                        Map.of("organisationId", organisationId, "role", "SUPPLIER"));
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        String item = fixture.workItem(project, organisationId, HandoffFixture.unique("Flanges"), DUE_DAY);
        fixture.handoff("pm", item, DUE_DAY);

        partner = Api.signIn(clients.baseUrl(), username, PASSWORD);
        String accept = HandoffFixture.onlyTask(partner, item, "Accept work package");
        assertThat(partner.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"))
                        .status())
                .isEqualTo(204);
        JsonNode deliver = HandoffFixture.inbox(partner, item).path("items").get(0);
        assertThat(deliver.path("title").asText()).isEqualTo("Deliver work package");
        task = deliver.path("taskId").asText();
        assertThat(Instant.parse(deliver.path("due").asText()))
                .as("due until the end of the 8th in Shanghai")
                .isEqualTo(Instant.parse("2026-12-08T16:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void dueTodayForAShanghaiReaderFromItsMidnightUntilTheDayEndsThere() {
        assertThat(partner.get("/api/me").json().path("timeZone").asText())
                .as("a person without its own zone follows its tenant's")
                .isEqualTo("Asia/Shanghai");

        assertCounts("2026-12-07T15:59:00Z", 0, 0); // still the 7th in Shanghai
        assertCounts("2026-12-07T16:00:00Z", 1, 0); // the 8th begins in Shanghai
        assertCounts("2026-12-08T15:59:00Z", 1, 0); // not overdue a minute before the day ends
        assertCounts("2026-12-08T16:00:00Z", 0, 1); // the 8th is over in Shanghai
        assertCounts("2026-12-10T00:00:00Z", 0, 1);

        // the list of each count agrees with it: "due today" as the web app asks for it
        clock.moveTo(Instant.parse("2026-12-08T15:59:00Z"));
        assertThat(ids(partner.get("/api/inbox?dueFrom=2026-12-08T15:59:00Z&dueBefore=2026-12-08")))
                .containsExactly(task);
        assertThat(ids(partner.get("/api/inbox?dueBefore=2026-12-08T15:59:00Z")))
                .isEmpty();
        assertThat(ids(partner.get("/api/inbox?dueBefore=2026-12-08T16:00:00Z")))
                .containsExactly(task);
    }

    @Test
    void aBerlinReaderHasItsOwnTodayAndSeesTheSameInstant() {
        Api.Response changed = partner.patch("/api/me", Map.of("timeZone", "Europe/Berlin"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode me = partner.get("/api/me").json();
        assertThat(me.path("timeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(me.path("ownTimeZone").asText()).isEqualTo("Europe/Berlin");
        assertThat(me.path("tenant").path("timeZone").asText()).isEqualTo("Asia/Shanghai");

        // Berlin's 8th runs from 23:00Z on the 7th to 23:00Z on the 8th
        assertCounts("2026-12-07T16:00:00Z", 0, 0); // still the 7th in Berlin, 17:00
        assertCounts("2026-12-07T23:00:00Z", 1, 0); // the 8th begins in Berlin
        assertCounts("2026-12-08T15:59:00Z", 1, 0);
        assertCounts("2026-12-08T16:00:00Z", 0, 1); // overdue at the same instant as in Shanghai

        // the due moment is one instant; in Berlin it reads as 17:00 on the 8th
        String due = partner.get("/api/tasks/" + task)
                .json()
                .path("task")
                .path("due")
                .asText();
        assertThat(ZonedDateTime.ofInstant(
                        Instant.parse(due), ZoneId.of(me.path("timeZone").asText())))
                .isEqualTo(ZonedDateTime.of(2026, 12, 8, 17, 0, 0, 0, ZoneId.of("Europe/Berlin")));

        // and back to the tenant's zone
        assertThat(partner.patch("/api/me", Map.of("timeZone", "")).status()).isEqualTo(200);
        JsonNode back = partner.get("/api/me").json();
        assertThat(back.path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(back.hasNonNull("ownTimeZone"))
                .as("follows the tenant again")
                .isFalse();
        assertCounts("2026-12-07T16:00:00Z", 1, 0);
    }

    private void assertCounts(String at, long dueToday, long overdue) {
        clock.moveTo(Instant.parse(at));
        JsonNode counts = partner.get("/api/inbox/counts").json();
        assertThat(counts.path("all").asLong()).as("all at %s", at).isEqualTo(1);
        assertThat(counts.path("dueToday").asLong()).as("due today at %s", at).isEqualTo(dueToday);
        assertThat(counts.path("overdue").asLong()).as("overdue at %s", at).isEqualTo(overdue);
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("items").findValuesAsText("taskId");
    }
}
