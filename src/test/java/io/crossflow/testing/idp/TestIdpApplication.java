package io.crossflow.testing.idp;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The test IdP's configuration: only the web server, Spring Security and Spring Authorization
 * Server auto-configuration (with its generated login form and JWK set). Deliberately not a
 * {@code @Configuration}, so Crossflow's component scan never picks it up.
 */
@ImportAutoConfiguration({
    ServletWebServerFactoryAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    OAuth2AuthorizationServerAutoConfiguration.class,
    OAuth2AuthorizationServerJwtAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
class TestIdpApplication {

    @Bean
    UserDetailsService idpUsers() {
        return username -> IdpPeople.find(username)
                .map(person -> User.withUsername(person.username())
                        .password("{noop}" + IdpPeople.PASSWORD)
                        .roles("USER")
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** Puts e-mail claims into the ID token; the userinfo endpoint answers from the ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            IdpPeople.find(context.getPrincipal().getName())
                    .filter(person -> person.email() != null)
                    .ifPresent(person -> {
                        context.getClaims()
                                .claim("email", person.email())
                                .claim("email_verified", person.emailVerified());
                        if (person.name() != null) {
                            context.getClaims().claim("name", person.name());
                        }
                    });
        };
    }
}
