package io.crossflow.testing.idp;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Starts {@link TestIdentityProvider} before the shared IT context and registers it as the app's
 * OIDC client registration {@value TestIdentityProvider#REGISTRATION_ID}: Spring Boot reads the
 * issuer's discovery document while the context starts, so the IdP must already be up. Acts only
 * in the {@code test} profile; registered in {@code src/test/resources/META-INF/spring.factories}.
 */
public class TestIdentityProviderEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("test"))) {
            return;
        }
        String registration = "spring.security.oauth2.client.registration." + TestIdentityProvider.REGISTRATION_ID;
        String provider = "spring.security.oauth2.client.provider." + TestIdentityProvider.REGISTRATION_ID;
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "crossflowTestIdentityProvider",
                        Map.of(
                                registration + ".client-id",
                                TestIdentityProvider.CLIENT_ID,
                                registration + ".client-secret",
                                TestIdentityProvider.CLIENT_SECRET,
                                registration + ".client-name",
                                "Test IdP",
                                registration + ".authorization-grant-type",
                                "authorization_code",
                                registration + ".scope",
                                "openid,profile,email",
                                provider + ".issuer-uri",
                                TestIdentityProvider.get().issuer())));
    }

    @Override
    public int getOrder() {
        // after Spring Boot has loaded the config data, so the active profiles are known
        return Ordered.LOWEST_PRECEDENCE;
    }
}
