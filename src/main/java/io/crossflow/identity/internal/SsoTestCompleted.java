package io.crossflow.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A tenant admin's test sign-in reached the end: what it found is reported, and nobody is signed
 * in (ending the flow as a failure leaves the admin's own session as it was).
 */
final class SsoTestCompleted extends OAuth2AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final String outcome;
    private final String detail;

    SsoTestCompleted(String outcome, String detail) {
        super(new OAuth2Error("crossflow_sso_test"), "Single sign-on test completed");
        this.outcome = outcome;
        this.detail = detail;
    }

    /** MATCHED, WOULD_CREATE or REFUSED. */
    String outcome() {
        return outcome;
    }

    String detail() {
        return detail;
    }
}
