package io.crossflow.identity.internal;

import io.crossflow.identity.IdentityProperties;
import io.crossflow.tenancy.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains. Camunda's Cockpit/Admin webapps under {@code /camunda} run their own login
 * (against our read-only identity provider, operators only) and their own CSRF protection, so
 * Spring's must stay out of their way. Everything else, the web app and {@code /api}, is ours.
 * Camunda's engine REST API is not mounted at all (docs/security.md).
 *
 * <p>The application chain signs people in with a form or with OIDC single sign-on: the client
 * registrations configured under {@code spring.security.oauth2.client} and each tenant's own
 * ({@link TenantSsoRegistrations}); integrations
 * send API tokens as bearer tokens (docs/identity.md).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] INTERNAL_ROLES = {"TENANT_ADMIN", "DESIGNER", "MANAGER", "MEMBER", "PLATFORM_OPERATOR"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, upgradable in place: the stored hash names its algorithm
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    WebServerFactoryCustomizer<AbstractServletWebServerFactory> secureSessionCookie(IdentityProperties settings) {
        return SecureCookies.sessionCookie(settings.httpsOnly());
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, IdentityProperties settings) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .httpStrictTransportSecurity(hsts -> hsts.disable())
                        .addHeaderWriter(SecurityHeaders.camundaWebapps(settings.httpsOnly())));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(
            HttpSecurity http,
            FormLoginHandlers login,
            ProblemResponses problems,
            ApiTokens tokens,
            SsoUserService ssoUsers,
            SsoSignIn sso,
            ObjectProvider<ClientRegistrationRepository> ssoRegistrations,
            TenantSsoRegistrations tenantSso,
            TenantSsoFlows tenantSsoFlows,
            IdentityProperties settings,
            JdbcClient jdbc,
            Tenants tenants)
            throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = path.matcher("/api/**");
        // browsers post violation reports without cookies or CSRF token (docs/security.md, "Headers")
        RequestMatcher cspReports = path.matcher(HttpMethod.POST, SecurityHeaders.REPORTS_PATH);
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(path.matcher("/actuator/health"), path.matcher("/actuator/health/**"))
                        .permitAll()
                        .requestMatchers(path.matcher("/actuator/info"))
                        .permitAll()
                        .requestMatchers(path.matcher("/actuator/**"))
                        .hasAnyRole("TENANT_ADMIN", "PLATFORM_OPERATOR")
                        .requestMatchers(
                                path.matcher("/v3/api-docs"),
                                path.matcher("/v3/api-docs/**"),
                                path.matcher("/swagger-ui.html"),
                                path.matcher("/swagger-ui/**"))
                        .hasAnyRole(INTERNAL_ROLES)
                        .requestMatchers(
                                path.matcher(HttpMethod.GET, "/api/auth/options"),
                                // who is signed in, if anyone: a visitor is an answer, not an error
                                path.matcher(HttpMethod.GET, "/api/session"),
                                // where the sign-in page sends an address: the same answer for everyone
                                path.matcher(HttpMethod.GET, "/api/sso/discover"),
                                cspReports)
                        .permitAll()
                        // the invitee has no account yet: the link's secret is the credential (Invitations)
                        .requestMatchers(
                                path.matcher(HttpMethod.GET, "/api/invitations/*"),
                                path.matcher(HttpMethod.POST, "/api/invitations/*/accept"),
                                // a forgotten password: the address asks, the mailed link's secret sets
                                path.matcher(HttpMethod.POST, "/api/password-reset"),
                                path.matcher(HttpMethod.POST, "/api/password-reset/*"),
                                // the second sign-in step: the session's pending note is the credential
                                // (TwoFactorSignIn)
                                path.matcher(HttpMethod.GET, "/api/login/totp"),
                                path.matcher(HttpMethod.POST, "/api/login/totp"),
                                path.matcher(HttpMethod.POST, "/api/login/totp/enrolment"),
                                // an empty installation: nobody can sign in yet, the logged one-time token is the
                                // credential
                                path.matcher("/api/platform/bootstrap"))
                        .permitAll()
                        .requestMatchers(path.matcher("/api/platform/**"))
                        .hasRole("PLATFORM_OPERATOR")
                        .requestMatchers(api)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .formLogin(form -> form.loginPage("/login") // the web app's sign-in page, not Spring's generated one
                        .loginProcessingUrl("/login")
                        .successHandler(login.success())
                        .failureHandler(login.failure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, authentication) -> {
                            if (ProblemResponses.wantsJson(request)) {
                                response.setStatus(HttpStatus.NO_CONTENT.value());
                            } else {
                                response.sendRedirect(request.getContextPath() + "/login?logout");
                            }
                        }))
                .headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable())
                        .addHeaderWriter(SecurityHeaders.application(settings.httpsOnly())))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the web app reads XSRF-TOKEN and sends X-XSRF-TOKEN; bearer-token callers carry no cookie to forge
                .csrf(csrf -> csrf.csrfTokenRepository(SecureCookies.csrfTokens(settings.httpsOnly()))
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        .ignoringRequestMatchers(SecurityConfiguration::hasBearerToken)
                        .ignoringRequestMatchers(cspReports)
                        // no session to ride on: the body's one-time token is the credential, like a bearer token
                        .ignoringRequestMatchers(path.matcher(HttpMethod.POST, "/api/platform/bootstrap")))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems, tenants), CsrfFilter.class)
                .addFilterBefore(new ActiveAccountFilter(jdbc, problems, tenants), CsrfFilter.class)
                .addFilterBefore(login.lockFilter(), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> problems.write(
                                        response, HttpStatus.UNAUTHORIZED, "Not signed in", "Please sign in first."),
                                api)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler((request, response, e) -> problems.write(
                                response, HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.")));
        // the global registrations (spring.security.oauth2.client), if any, and every tenant's own
        ClientRegistrationRepository registrations = tenantSso.with(ssoRegistrations.getIfAvailable());
        http.oauth2Login(oauth -> oauth.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestRepository(tenantSsoFlows.repository())
                        .authorizationRequestResolver(tenantSsoFlows.resolver(
                                knownProvidersOnly(new DefaultOAuth2AuthorizationRequestResolver(
                                        registrations,
                                        OAuth2AuthorizationRequestRedirectFilter
                                                .DEFAULT_AUTHORIZATION_REQUEST_BASE_URI)))))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoUsers))
                .failureHandler(sso.failure()));
        return http.build();
    }

    /**
     * An unknown provider id in {@code /oauth2/authorization/{id}} is a wrong address, not a server
     * failure: resolving nothing lets the request fall through to the ordinary 404.
     */
    private static OAuth2AuthorizationRequestResolver knownProvidersOnly(OAuth2AuthorizationRequestResolver resolver) {
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                try {
                    return resolver.resolve(request);
                } catch (IllegalArgumentException unknownRegistration) {
                    return null;
                }
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                try {
                    return resolver.resolve(request, registrationId);
                } catch (IllegalArgumentException unknownRegistration) {
                    return null;
                }
            }
        };
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Resolves the deferred CSRF token on every request so the XSRF-TOKEN cookie reaches the web app. */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * Single-page-app CSRF: the raw cookie value is accepted in the X-XSRF-TOKEN header (the web
     * app reads it from the cookie), while server-rendered forms keep BREACH-safe masked tokens.
     */
    static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
        private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
        private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            xor.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            String header = request.getHeader(token.getHeaderName());
            return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, token);
        }
    }
}
