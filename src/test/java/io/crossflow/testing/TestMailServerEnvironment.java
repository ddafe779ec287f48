package io.crossflow.testing;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Starts {@link TestMailServer} before the shared IT context and points {@code spring.mail} at it.
 * Acts only in the {@code test} profile; registered in {@code
 * src/test/resources/META-INF/spring.factories}.
 */
public class TestMailServerEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("test"))) {
            return;
        }
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "crossflowTestMailServer",
                        Map.of(
                                "spring.mail.host",
                                TestMailServer.HOST,
                                "spring.mail.port",
                                TestMailServer.get().port())));
    }

    @Override
    public int getOrder() {
        // after Spring Boot has loaded the config data, so the active profiles are known
        return Ordered.LOWEST_PRECEDENCE;
    }
}
