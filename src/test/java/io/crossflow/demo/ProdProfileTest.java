package io.crossflow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.platform.internal.Bootstrap;
import io.crossflow.tenancy.TenancyProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The {@code prod} profile starts with no tenant: the demo seed is off by setting and by profile,
 * and the bootstrap that offers the first operator's token runs in every profile. Read from the
 * configuration files themselves, without starting a second application context.
 */
class ProdProfileTest {

    @Test
    void prodSeedsNoDemoData() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        // later sources lose: the profile file goes first, as Spring Boot orders it
        yaml.load("prod", new ClassPathResource("application-prod.yml"))
                .forEach(environment.getPropertySources()::addLast);
        yaml.load("default", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        TenancyProperties tenancy = Binder.get(environment)
                .bind("crossflow.tenancy", TenancyProperties.class)
                .orElseThrow(IllegalStateException::new);
        assertThat(tenancy.demoData()).isFalse();
        assertThat(DemoData.class.getAnnotation(Profile.class).value()).containsExactly("!prod");
    }

    @Test
    void theBootstrapRunsInEveryProfile() {
        assertThat(Bootstrap.class.getAnnotation(Profile.class)).isNull();
    }
}
