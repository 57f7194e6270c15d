package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.platform.security.AccountLocks;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only an administrator unlocks an account, so an administrator cannot lock its own account, nor the last
 * administrator whose account is unlocked (409 naming the rule); another administrator's account it may lock.
 */
class AdministratorLockTest extends ApiTest {

    @Autowired
    AccountLocks locks;

    @Test
    void anAdministratorCannotLockItsOwnAccount() {
        Response refused = as(TestUsers.ADMIN).put("/api/users/" + TestUsers.ADMIN + "/lock", "{}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("cannot lock its own account");
        assertThat(locks.locked(TestUsers.ADMIN)).contains(false);
        assertThat(as(TestUsers.ADMIN).get("/api/users/" + TestUsers.ADMIN + "/lock").status()).isEqualTo(200);
    }

    @Test
    void theLastUnlockedAdministratorIsNotLockedAndAnotherAdministratorMayBe() {
        assertThat(locks.lastUnlockedAdministrator(TestUsers.ADMIN)).as("the reviewer is an unlocked administrator too").isFalse();
        assertThat(locks.lastUnlockedAdministrator(TestUsers.LOCKABLE)).as("not an administrator").isFalse();
        Response locked = as(TestUsers.ADMIN).put("/api/users/" + TestUsers.REVIEWER + "/lock", "{}");
        assertThat(locked.status()).as(locked.body()).isEqualTo(200);
        try {
            assertThat(locks.lastUnlockedAdministrator(TestUsers.ADMIN)).as("every other administrator is locked").isTrue();
        } finally {
            Response unlocked = as(TestUsers.ADMIN).delete("/api/users/" + TestUsers.REVIEWER + "/lock");
            assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        }
        assertThat(locks.lastUnlockedAdministrator(TestUsers.ADMIN)).isFalse();
    }
}
