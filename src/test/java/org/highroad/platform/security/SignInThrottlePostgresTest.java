package org.highroad.platform.security;

import org.highroad.support.OnPostgres;

/** The sign-in throttle on a real PostgreSQL server: trust and an account's failures shared by every node. */
@OnPostgres
class SignInThrottlePostgresTest extends SignInThrottleContract {
}
