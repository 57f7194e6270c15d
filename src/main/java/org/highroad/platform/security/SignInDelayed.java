package org.highroad.platform.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in not checked because its client must wait after failed ones ({@link SignInThrottle}): answered 429. */
class SignInDelayed extends AuthenticationException {

    private final transient Duration wait;

    SignInDelayed(Duration wait) {
        super("sign-in delayed after failed attempts");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one (the value of a Retry-After header). */
    long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
