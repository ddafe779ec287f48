package io.crossflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Due days are days of the tenant's time zone (the demo tenant's is Asia/Shanghai), not of UTC or the server. */
@IntegrationTest
class InboxTimeZoneIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClients clients;

    @Test
    void aHandoffDueOnADayIsDueUntilTheEndOfThatDayInShanghai() {
        HandoffFixture fixture = new HandoffFixture(clients);
        String project = fixture.projectWithSupplierA(HandoffFixture.unique("Zones"));
        String supplierA = fixture.organisationId(project, HandoffFixture.SUPPLIER_A);
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(4);
        String item = fixture.workItem(project, supplierA, HandoffFixture.unique("Shanghai castings"), day);
        fixture.handoff("pm", item, day);

        Api supplier = clients.as("supplier-a");
        JsonNode row = HandoffFixture.inbox(supplier, item).path("items").get(0);
        Instant due = Instant.parse(row.path("due").asText());
        // 2026-12-08 in Shanghai ends at 2026-12-08T23:59:59.999+08:00, i.e. 16:00Z, not 00:00Z
        assertThat(due).isEqualTo(day.plusDays(1).atStartOfDay(SHANGHAI).toInstant());
        assertThat(due).isEqualTo(day.atTime(16, 0).toInstant(java.time.ZoneOffset.UTC));

        String base = "/api/inbox?projectId=" + project + "&dueBefore=";
        assertThat(supplier.get(base + day).json().path("total").asLong()).isEqualTo(1);
        assertThat(supplier.get(base + day.minusDays(1)).json().path("total").asLong())
                .isZero();
    }
}
