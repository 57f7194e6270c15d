package org.highroad.platform.security;

/** The sign-in throttle on H2. */
class SignInThrottleTest extends SignInThrottleContract {
}
