package io.crossflow.workflow.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine names of {@code GET /camunda/api/engine/engine} are for callers signed in to the
 * Camunda webapps (platform operators) only; anyone else gets an empty list. Not a refusal:
 * Cockpit's own login page asks for this list before it posts the credentials and gives up on an
 * error answer, so a 401 would lock the operators out (docs/security.md, "Decisions"). It is here
 * rather than in Spring Security's {@code /camunda/**} chain because only the webapps know who
 * signed in to them (their session authentication), and only this module may read it.
 */
@Configuration(proxyBeanMethods = false)
class CockpitEngineList {

    static final String ENGINE_LIST = "/camunda/api/engine/engine";

    /** Camunda's session attribute holding the webapp sign-ins ({@code AuthenticationUtil}). */
    private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

    @Bean
    FilterRegistrationBean<EngineListFilter> cockpitEngineListFilter() {
        FilterRegistrationBean<EngineListFilter> registration = new FilterRegistrationBean<>(new EngineListFilter());
        registration.addUrlPatterns(ENGINE_LIST, ENGINE_LIST + "/");
        registration.setName("crossflowCockpitEngineList");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }

    static final class EngineListFilter extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (signedInToTheWebapps(request.getSession(false))) {
                chain.doFilter(request, response);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("[]");
        }

        private static boolean signedInToTheWebapps(HttpSession session) {
            return session != null
                    && session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications authentications
                    && !authentications.getAuthentications().isEmpty();
        }
    }
}
