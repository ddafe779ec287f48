package io.crossflow.identity.web;

import io.crossflow.identity.IdentityProperties;
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
    private final int passwordMinimumLength;

    AuthOptionsController(ObjectProvider<ClientRegistrationRepository> registrations, IdentityProperties settings) {
        this.registrations = registrations;
        this.passwordMinimumLength = settings.password().minimumLength();
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
        return new AuthOptions(true, providers, passwordMinimumLength);
    }

    /**
     * @param passwordSignIn whether the username/password form works (always, today)
     * @param passwordMinimumLength the fewest characters a new password may have, for the forms' hints
     */
    record AuthOptions(boolean passwordSignIn, List<SsoProvider> sso, int passwordMinimumLength) {}

    /** @param loginUrl where the browser goes to start signing in with this provider */
    record SsoProvider(String registrationId, String name, String loginUrl) {}
}
