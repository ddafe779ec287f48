package io.crossflow.identity.internal;

import io.crossflow.identity.Capability;
import io.crossflow.identity.CrossflowPrincipal;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.internal.TenantSsoRows.TenantSsoRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The two kinds of tenant sign-in besides the plain one, carried from the start of the flow
 * ({@code /oauth2/authorization/tenant-<slug>}) to its callback inside the stored authorization
 * request, so they belong to exactly that flow (its {@code state}):
 *
 * <ul>
 *   <li>{@code ?mode=test}: a tenant admin of that tenant tries its settings (enabled or not); the
 *       IdP's answer is reported, nobody is signed in or created, and the admin stays signed in;
 *   <li>{@code ?invitation=<token>}: the invitee accepts its invitation by signing in.
 * </ul>
 *
 * A plain flow of a tenant whose single sign-on is not enabled, or a test by anyone but that
 * tenant's admin, does not start: the address answers 404 like an unknown provider.
 */
@Component
class TenantSsoFlows {

    private static final String FLOW = TenantSsoFlows.class.getName() + ".flow";
    private static final String PATH = "/oauth2/authorization/";

    private final TenantSsoRows rows;

    TenantSsoFlows(TenantSsoRows rows) {
        this.rows = rows;
    }

    OAuth2AuthorizationRequestResolver resolver(OAuth2AuthorizationRequestResolver resolver) {
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                String uri = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (!uri.startsWith(PATH + TenantSsoRegistrations.PREFIX)) {
                    return resolver.resolve(request);
                }
                return withFlow(request, uri.substring(PATH.length()), resolver.resolve(request));
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                OAuth2AuthorizationRequest resolved = resolver.resolve(request, registrationId);
                return registrationId != null && registrationId.startsWith(TenantSsoRegistrations.PREFIX)
                        ? withFlow(request, registrationId, resolved)
                        : resolved;
            }
        };
    }

    private OAuth2AuthorizationRequest withFlow(
            HttpServletRequest request, String registrationId, OAuth2AuthorizationRequest resolved) {
        if (resolved == null) {
            return null;
        }
        Optional<TenantSsoRow> sso = rows.findBySlug(registrationId.substring(TenantSsoRegistrations.PREFIX.length()));
        if (sso.isEmpty()) {
            return null;
        }
        Flow flow;
        if ("test".equals(request.getParameter("mode"))) {
            Optional<CurrentUser> admin = signedIn()
                    .filter(user -> user.has(Capability.TENANT_ADMIN))
                    .filter(user -> user.tenantId().equals(sso.get().tenantId()));
            if (admin.isEmpty()) {
                return null;
            }
            flow = new Flow(admin.get().id(), null);
        } else if (!sso.get().enabled()) {
            return null;
        } else {
            String invitation = request.getParameter("invitation");
            flow = new Flow(null, invitation == null || invitation.length() > 100 ? null : invitation);
        }
        return OAuth2AuthorizationRequest.from(resolved)
                .attributes(attributes -> attributes.put(FLOW, flow))
                .build();
    }

    /** Keeps the session's repository and hands the callback's flow to {@link #current()}. */
    AuthorizationRequestRepository<OAuth2AuthorizationRequest> repository() {
        HttpSessionOAuth2AuthorizationRequestRepository session = new HttpSessionOAuth2AuthorizationRequestRepository();
        return new AuthorizationRequestRepository<>() {
            @Override
            public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
                return session.loadAuthorizationRequest(request);
            }

            @Override
            public void saveAuthorizationRequest(
                    OAuth2AuthorizationRequest authorizationRequest,
                    HttpServletRequest request,
                    HttpServletResponse response) {
                session.saveAuthorizationRequest(authorizationRequest, request, response);
            }

            @Override
            public OAuth2AuthorizationRequest removeAuthorizationRequest(
                    HttpServletRequest request, HttpServletResponse response) {
                OAuth2AuthorizationRequest removed = session.removeAuthorizationRequest(request, response);
                if (removed != null
                        && removed.getAttribute(FLOW) instanceof Flow flow
                        && removed.getState().equals(request.getParameter(OAuth2ParameterNames.STATE))) {
                    request.setAttribute(FLOW, flow);
                }
                return removed;
            }
        };
    }

    /** The flow of the callback being handled on this thread; a plain one when none was started. */
    static Flow current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object flow = request == null ? null : request.getAttribute(FLOW, RequestAttributes.SCOPE_REQUEST);
        return flow instanceof Flow f ? f : new Flow(null, null);
    }

    private static Optional<CurrentUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CrossflowPrincipal principal
                ? Optional.of(principal.currentUser())
                : Optional.empty();
    }

    /**
     * @param testedBy the admin running a test sign-in, or null
     * @param invitation the invitation link's secret being accepted, or null
     */
    record Flow(UUID testedBy, String invitation) implements Serializable {
        boolean test() {
            return testedBy != null;
        }
    }
}
