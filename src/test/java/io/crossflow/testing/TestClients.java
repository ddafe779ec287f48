package io.crossflow.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Lazy;

/**
 * Signed-in {@link Api} sessions of the demo users, one per user for the shared context, so
 * every IT can say {@code clients.as("supplier-a")}. The demo password is "demo".
 */
@TestComponent
@Lazy
public class TestClients {

    public static final String PASSWORD = "demo";

    private final Map<String, Api> sessions = new ConcurrentHashMap<>();
    private final int port;

    TestClients(@LocalServerPort int port) {
        this.port = port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A session of the demo user, signed in once and reused. */
    public Api as(String username) {
        return sessions.computeIfAbsent(username, u -> Api.signIn(baseUrl(), u, PASSWORD));
    }

    /** A new session, independent of the shared one (e.g. for a sign-out test). */
    public Api freshSession(String username) {
        return Api.signIn(baseUrl(), username, PASSWORD);
    }

    public Api anonymous() {
        return Api.anonymous(baseUrl());
    }

    public Api withToken(String token) {
        return Api.withToken(baseUrl(), token);
    }
}
