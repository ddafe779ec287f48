package io.crossflow.testing.idp;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An OIDC identity provider (Spring Authorization Server) for the ITs, one per JVM, on a random
 * loopback port. It knows one client ({@value #CLIENT_ID}) and the people in {@link IdpPeople}.
 *
 * <p>Its issuer is {@code http://localhost:<port>} while the ITs reach the app at
 * {@code 127.0.0.1}: the two hosts keep their cookies apart, and the Authorization Server accepts
 * a loopback-IP redirect URI on any port (RFC 8252), which the app's random port needs.
 */
public final class TestIdentityProvider {

    public static final String REGISTRATION_ID = "test-idp";
    public static final String CLIENT_ID = "crossflow";
    public static final String CLIENT_SECRET = "crossflow-test-secret";

    private static TestIdentityProvider started;

    private final String issuer;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        // closed by Spring Boot's shutdown hook when the test JVM ends
        this.issuer = "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The running provider, started on first use. */
    public static synchronized TestIdentityProvider get() {
        if (started == null) {
            started = new TestIdentityProvider(startApplication());
        }
        return started;
    }

    public String issuer() {
        return issuer;
    }

    private static ConfigurableApplicationContext startApplication() {
        SpringApplication application = new SpringApplication(TestIdpApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setDefaultProperties(properties());
        // Its own thread: Spring Boot's test context loader hooks SpringApplication.run on the test's
        // thread, and this run must not be mistaken for the application under test.
        FutureTask<ConfigurableApplicationContext> run = new FutureTask<>(() -> application.run());
        Thread thread = new Thread(run, "test-idp-start");
        thread.start();
        try {
            return run.get(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the test IdP", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The test IdP did not start", e);
        }
    }

    private static Map<String, Object> properties() {
        String client = "spring.security.oauth2.authorizationserver.client." + CLIENT_ID + ".";
        Map<String, Object> properties = new HashMap<>();
        // no application*.yml of Crossflow's: this is a different application
        properties.put("spring.config.name", "crossflow-test-idp");
        properties.put("spring.main.banner-mode", "off");
        properties.put("spring.main.log-startup-info", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", "0");
        properties.put("server.servlet.session.cookie.name", "IDP_SESSION");
        properties.put(client + "registration.client-id", CLIENT_ID);
        properties.put(client + "registration.client-secret", "{noop}" + CLIENT_SECRET);
        properties.put(client + "registration.client-authentication-methods", "client_secret_basic");
        properties.put(client + "registration.authorization-grant-types", "authorization_code");
        // the global registration and the demo tenants' own (TenantSsoIT)
        properties.put(
                client + "registration.redirect-uris",
                String.join(
                        ",",
                        "http://127.0.0.1:8080/login/oauth2/code/" + REGISTRATION_ID,
                        "http://127.0.0.1:8080/login/oauth2/code/tenant-demo",
                        "http://127.0.0.1:8080/login/oauth2/code/tenant-other"));
        properties.put(client + "registration.scopes", "openid,profile,email");
        properties.put(client + "require-authorization-consent", "false");
        return properties;
    }
}
