package io.crossflow.inbox;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.Users;
import io.crossflow.testing.Api;
import io.crossflow.testing.TestClients;
import java.util.EnumSet;
import java.util.UUID;

/** Creates more users in a demo user's organisation, for tests that need several people of one partner. */
final class Colleagues {

    private Colleagues() {}

    /** A new partner member in the organisation of {@code of}, signed in. */
    static Api of(Users users, TestClients clients, String of) {
        CurrentUser model = users.currentUserByUsername(of).orElseThrow();
        String username = of + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new Users.NewUser(
                model.tenantId(),
                model.organisationId(),
                username,
                username + "@test.example",
                "Colleague of " + of,
                TestClients.PASSWORD,
                "en",
                EnumSet.of(Capability.PARTNER_MEMBER),
                false));
        Api api = Api.signIn(clients.baseUrl(), username, TestClients.PASSWORD);
        return api;
    }
}
