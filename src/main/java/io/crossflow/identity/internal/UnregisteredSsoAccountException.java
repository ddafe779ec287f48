package io.crossflow.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The IdP vouched for someone who is not (or not as this IdP identity) a Crossflow user. */
final class UnregisteredSsoAccountException extends OAuth2AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final String email;

    UnregisteredSsoAccountException(String email) {
        super(new OAuth2Error("crossflow_account_not_registered"), "Single sign-on account not registered");
        this.email = email;
    }

    /** The e-mail address the IdP gave, possibly null. */
    String email() {
        return email;
    }
}
