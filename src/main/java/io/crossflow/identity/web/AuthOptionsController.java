package io.crossflow.identity.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How one can sign in, for the web app's sign-in page; answered to anonymous callers. */
@RestController
class AuthOptionsController {

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    AuthOptionsController(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/api/auth/options")
    AuthOptions options() {
        List<SsoProvider> providers = new ArrayList<>();
        // Boot's repository lists its registrations; a custom one that cannot is shown as none
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration registration
                        && AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType())) {
                    providers.add(new SsoProvider(
                            registration.getRegistrationId(),
                            registration.getClientName(),
                            "/oauth2/authorization/" + registration.getRegistrationId()));
                }
            }
        }
        providers.sort(Comparator.comparing(SsoProvider::registrationId));
        return new AuthOptions(true, providers);
    }

    /** @param passwordSignIn whether the username/password form works (always, today) */
    record AuthOptions(boolean passwordSignIn, List<SsoProvider> sso) {}

    /** @param loginUrl where the browser goes to start signing in with this provider */
    record SsoProvider(String registrationId, String name, String loginUrl) {}
}
