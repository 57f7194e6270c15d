package org.highroad.platform.security;

import java.util.Optional;

/**
 * An administrator's lock on an account (the engine's user lock, see {@code platform.process}): while it holds, no
 * password opens the account, in the API or in the webapps. Only an administrator sets or lifts it (here, or with
 * "Unlock User" in the Admin webapp); failed sign-ins never do ({@link SignInThrottle} slows them down instead).
 */
public interface AccountLocks {

    /** Locks the account; false if there is no such user. */
    boolean lock(String userId);

    /** Lifts the lock (and the failures counted against the account); false if there is no such user. */
    boolean unlock(String userId);

    /** Whether the account is locked; empty if there is no such user. */
    Optional<Boolean> locked(String userId);

    /**
     * Whether this user is an administrator ({@link Role#ADMIN}'s group) and no other administrator's account is
     * unlocked: locking it would leave nobody who may unlock an account.
     */
    boolean lastUnlockedAdministrator(String userId);
}
