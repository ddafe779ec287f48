package io.crossflow.identity.internal;

import io.crossflow.identity.CrossflowPrincipal;
import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.IdentityProperties;
import io.crossflow.identity.Users;
import io.crossflow.shared.ConflictException;
import io.crossflow.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * The second step of a password sign-in (docs/identity.md, "Two-factor sign-in"). After the right
 * password, a user with an authenticator, or one whom its tenant obliges to have one, is <em>not</em>
 * signed in: the session holds only a {@link Pending} note (user, when the password was right), no
 * security context, so every API answers 401 and nothing is reachable but this step. The step is
 * {@code POST /api/login/totp} with a code (or a recovery code); a user who must enrol first gets
 * its secret from {@code POST /api/login/totp/enrolment} and confirms it with its first code. Wrong
 * codes count as failed sign-ins of the username ({@link LoginThrottle}): the password step's
 * success does not reset the count for these users, so guessing codes locks the name as guessing
 * passwords does. Single sign-on never comes here: the identity provider answers for its factors.
 */
@Component
public class TwoFactorSignIn {

    static final String PENDING = TwoFactorSignIn.class.getName() + ".pending";
    static final String NOTHING_PENDING = "No sign-in is waiting for a code. Sign in with your password first.";

    private final TwoFactor twoFactor;
    private final SignInPolicy policy;
    private final Users users;
    private final UserAdministration administration;
    private final LoginThrottle throttle;
    private final UnlockLinks unlockLinks;
    private final SessionEpochs sessions;
    private final Duration validity;
    private final Clock clock;
    private final CsrfAuthenticationStrategy csrf;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    TwoFactorSignIn(
            TwoFactor twoFactor,
            SignInPolicy policy,
            Users users,
            UserAdministration administration,
            LoginThrottle throttle,
            UnlockLinks unlockLinks,
            SessionEpochs sessions,
            IdentityProperties settings,
            ObjectProvider<Clock> clock) {
        this.twoFactor = twoFactor;
        this.policy = policy;
        this.users = users;
        this.administration = administration;
        this.throttle = throttle;
        this.unlockLinks = unlockLinks;
        this.sessions = sessions;
        this.validity = settings.totp().pendingValidity();
        this.clock = clock.getIfUnique(Clock::systemUTC);
        this.csrf = new CsrfAuthenticationStrategy(SecureCookies.csrfTokens(settings.httpsOnly()));
    }

    /**
     * Called once the password was right. When the user needs a second step, takes the sign-in
     * back (the session keeps only the pending note) and answers which step comes.
     */
    Optional<Step> afterPassword(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
        Step step;
        if (twoFactor.enabled(user.id())) {
            step = Step.CODE;
        } else if (policy.requiresTotp(user)) {
            step = Step.ENROLMENT;
        } else {
            return Optional.empty();
        }
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession()
                .setAttribute(
                        PENDING, new Pending(user.id(), user.username(), clock.instant(), step == Step.ENROLMENT));
        return Optional.of(step);
    }

    /** The pending step of this session, if a password was right a moment ago. */
    public Optional<PendingView> pending(HttpServletRequest request) {
        return pendingOf(request).map(p -> new PendingView(p.username(), p.enrolment() ? Step.ENROLMENT : Step.CODE));
    }

    /** For a user who must enrol before it may come in: its new secret and QR code. */
    public TwoFactor.Enrolment startEnrolment(HttpServletRequest request) {
        Pending pending = requirePending(request);
        if (!pending.enrolment()) {
            throw new ConflictException("Your account already has an authenticator: enter a code from it.");
        }
        return twoFactor.startEnrolment(account(request, pending));
    }

    /**
     * Completes the sign-in with a code (confirming the enrolment when that is the step). A wrong
     * code counts as a failed sign-in; the lock that follows ends the pending sign-in.
     *
     * @return the recovery codes when this completed an enrolment, else an empty list
     */
    public List<String> complete(HttpServletRequest request, HttpServletResponse response, String code) {
        Pending pending = requirePending(request);
        if (throttle.lockedFor(pending.username()).isPresent()
                || throttle.blockedFor(request.getRemoteAddr()).isPresent()) {
            request.getSession().removeAttribute(PENDING);
            throw new TooManyAttempts(throttle.lockedFor(pending.username())
                    .or(() -> throttle.blockedFor(request.getRemoteAddr()))
                    .orElse(Duration.ofMinutes(1)));
        }
        CurrentUser user = account(request, pending);
        List<String> recoveryCodes;
        try {
            recoveryCodes = pending.enrolment() ? twoFactor.confirmEnrolment(user, code) : verified(user, code);
        } catch (InvalidInputException wrong) {
            throttle.recordFailure(pending.username(), request.getRemoteAddr())
                    .ifPresent(until -> unlockLinks.issue(pending.username(), until));
            throw wrong;
        }
        signIn(request, response, user);
        throttle.reset(pending.username());
        return recoveryCodes;
    }

    private List<String> verified(CurrentUser user, String code) {
        if (!twoFactor.verify(user.id(), code)) {
            throw InvalidInputException.field("code", TwoFactor.WRONG_CODE);
        }
        return List.of();
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
        HttpSession session = request.getSession();
        session.removeAttribute(PENDING);
        request.changeSessionId(); // as at every sign-in: the id the password step used is worthless now
        CrossflowUserDetails details = new CrossflowUserDetails(user, null, true);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        csrf.onAuthentication(authentication, request, response);
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken(); // hands the new XSRF-TOKEN cookie out with this answer
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessions.stamp(request.getSession(), user.id());
        administration.recordSignIn(user.id());
    }

    private Pending requirePending(HttpServletRequest request) {
        return pendingOf(request).orElseThrow(() -> {
            if (SecurityContextHolder.getContext().getAuthentication() != null
                    && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                            instanceof CrossflowPrincipal) {
                return new ConflictException("You are signed in already.");
            }
            return new NothingPending();
        });
    }

    private Optional<Pending> pendingOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.passwordAt().plus(validity).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** The user afresh: one deactivated since its password was checked does not come in. */
    private CurrentUser account(HttpServletRequest request, Pending pending) {
        return users.currentUser(pending.userId()).orElseThrow(() -> {
            request.getSession().removeAttribute(PENDING);
            return new NothingPending();
        });
    }

    /** Which second step a sign-in waits for. */
    public enum Step {
        /** a code from the user's authenticator, or a recovery code */
        CODE,
        /** the user must set up an authenticator first (its tenant's policy) */
        ENROLMENT
    }

    public record PendingView(String username, Step step) {}

    record Pending(UUID userId, String username, Instant passwordAt, boolean enrolment) implements Serializable {}

    /** No sign-in waits for a second step in this session: answers 401. */
    public static final class NothingPending extends RuntimeException {
        public NothingPending() {
            super(NOTHING_PENDING);
        }
    }

    /** The username or the address is locked by failed attempts: answers 429 with Retry-After. */
    public static final class TooManyAttempts extends RuntimeException {
        private final Duration wait;

        TooManyAttempts(Duration wait) {
            super("Too many failed sign-in attempts for this user. Try again in " + minutes(wait) + ".");
            this.wait = wait;
        }

        public Duration retryAfter() {
            return wait;
        }

        private static String minutes(Duration wait) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return minutes + " minute" + (minutes == 1 ? "" : "s");
        }
    }
}
