package org.highroad.platform.web;

import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.AccountLocks;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.SignInThrottle;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An administrator locks an account (no password opens it, in the API or the webapps) and unlocks it; unlocking also
 * forgets the failed sign-ins counted against it, so its owner is not kept waiting.
 */
@RestController
@RequestMapping("/api/users/{userId}/lock")
class AccountLockController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccountLockController.class);

    private final AccountLocks locks;
    private final SignInThrottle throttle;

    AccountLockController(AccountLocks locks, SignInThrottle throttle) {
        this.locks = locks;
        this.throttle = throttle;
    }

    /** Whether the account is locked. */
    record LockState(String userId, boolean locked) {
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    LockState state(@PathVariable String userId) {
        return new LockState(userId, locks.locked(userId).orElseThrow(AccountLockController::unknown));
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    LockState lock(@PathVariable String userId, @AuthenticationPrincipal HighroadUser admin) {
        // Only an administrator unlocks an account: locking oneself, or the last administrator who can still sign in,
        // would leave the agency with nobody able to unlock it (short of editing the database).
        if (userId.equals(admin.userId())) {
            throw new ConflictException("An administrator cannot lock its own account; another administrator may.");
        }
        if (locks.lastUnlockedAdministrator(userId)) {
            throw new ConflictException("The last unlocked administrator cannot be locked: nobody could unlock an account.");
        }
        if (!locks.lock(userId)) {
            throw unknown();
        }
        log.info("Account {} locked by {}", userId, admin.userId());
        return new LockState(userId, true);
    }

    @DeleteMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.OK)
    LockState unlock(@PathVariable String userId, @AuthenticationPrincipal HighroadUser admin) {
        if (!locks.unlock(userId)) {
            throw unknown();
        }
        throttle.forgetAccount(userId);
        log.info("Account {} unlocked by {}", userId, admin.userId());
        return new LockState(userId, false);
    }

    private static NotFoundException unknown() {
        return new NotFoundException("There is no such user.");
    }
}
