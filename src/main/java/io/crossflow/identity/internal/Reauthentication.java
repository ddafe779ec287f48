package io.crossflow.identity.internal;

import io.crossflow.identity.CurrentUser;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The steps a signed-in person confirms with its own password or authenticator code (changing the
 * password, turning two-factor sign-in off, renewing recovery codes) are guessed at like a sign-in
 * by whoever holds a stolen session, so they count as sign-ins: a wrong proof is a failed sign-in
 * of the user ({@link LoginThrottle}; not of the client address, as the session is one account's
 * and an office behind one address must not be blocked by it), and while the user is locked the
 * step answers 429 without looking at the proof. Call it outside the step's transaction, so a refused
 * step still counts.
 */
@Component
public class Reauthentication {

    private final LoginThrottle throttle;
    private final UnlockLinks unlockLinks;

    Reauthentication(LoginThrottle throttle, UnlockLinks unlockLinks) {
        this.throttle = throttle;
        this.unlockLinks = unlockLinks;
    }

    /** Runs {@code step}, which checks the caller's proof by throwing {@link WrongProof}. */
    public <T> T proven(CurrentUser caller, Supplier<T> step) {
        throttle.lockedFor(caller.username()).ifPresent(wait -> {
            throw new TwoFactorSignIn.TooManyAttempts(wait);
        });
        try {
            return step.get();
        } catch (WrongProof wrong) {
            throttle.recordUserFailure(caller.username())
                    .ifPresent(until -> unlockLinks.issue(caller.username(), until));
            throw wrong;
        }
    }

    /** {@link #proven(CurrentUser, Supplier)} for a step without a result. */
    public void proven(CurrentUser caller, Runnable step) {
        proven(caller, () -> {
            step.run();
            return null;
        });
    }
}
