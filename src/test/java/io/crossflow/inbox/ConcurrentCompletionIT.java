package io.crossflow.inbox;

import static io.crossflow.testing.HandoffFixture.inbox;
import static io.crossflow.testing.HandoffFixture.onlyTask;
import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.identity.Users;
import io.crossflow.testing.Api;
import io.crossflow.testing.HandoffFixture;
import io.crossflow.testing.IntegrationTest;
import io.crossflow.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Several people of one partner complete the same task at the same moment. */
@IntegrationTest
class ConcurrentCompletionIT {

    static final int PEOPLE = 10;

    @Autowired
    TestClients clients;

    @Autowired
    Users users;

    @Test
    void exactlyOneOfTenSimultaneousCompletionsWinsAndTheOthersGet409() throws Exception {
        String item = new HandoffFixture(clients).handedOffToSupplierA(HandoffFixture.unique("Gear blanks"));
        String accept = onlyTask(clients.as("supplier-a"), item, "Accept work package");
        List<Api> sessions = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            // half the same person in separate sessions, half colleagues of the same partner
            Api session = i % 2 == 0 ? clients.freshSession("supplier-a") : Colleagues.of(users, clients, "supplier-a");
            sessions.add(session);
        }

        CyclicBarrier start = new CyclicBarrier(PEOPLE);
        ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (Api session : sessions) {
                answers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return session.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"));
                }));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                responses.add(answer.get(90, TimeUnit.SECONDS));
            }

            assertThat(responses).filteredOn(r -> r.status() == 204).hasSize(1);
            assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(PEOPLE - 1);
            assertThat(responses)
                    .filteredOn(r -> r.status() == 409)
                    .allSatisfy(r -> assertThat(r.json().path("detail").asText())
                            .isEqualTo("This task has already been completed."));
        } finally {
            pool.shutdownNow();
        }

        String deliver = onlyTask(clients.as("supplier-a"), item, "Deliver work package");
        assertThat(deliver).isNotEqualTo(accept);
        assertThat(inbox(clients.as("supplier-a"), item).path("total").asLong()).isEqualTo(1);
        assertThat(clients.as("pm")
                        .get("/api/work-items/" + item)
                        .json()
                        .path("handoffStatus")
                        .asText())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void completingATaskSomeoneElseHoldsAnswers409AndTheTaskStaysTheirs() {
        String item = new HandoffFixture(clients).handedOffToSupplierA(HandoffFixture.unique("Dowel pins"));
        Api holder = clients.as("supplier-a");
        Api colleague = Colleagues.of(users, clients, "supplier-a");
        String accept = onlyTask(holder, item, "Accept work package");
        assertThat(holder.post("/api/tasks/" + accept + "/claim").status()).isEqualTo(204);

        Api.Response completed = colleague.post("/api/tasks/" + accept + "/complete", Map.of("decision", "accept"));
        Api.Response claimed = colleague.post("/api/tasks/" + accept + "/claim");
        Api.Response unclaimed = colleague.post("/api/tasks/" + accept + "/unclaim");

        assertThat(completed.status()).isEqualTo(409);
        assertThat(claimed.status()).isEqualTo(409);
        assertThat(unclaimed.status()).isEqualTo(403);
        assertThat(onlyTask(holder, item, "Accept work package")).isEqualTo(accept);
    }
}
