package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.security.AccountLocks;
import org.highroad.platform.security.Role;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Only an administrator unlocks an account, so an administrator cannot lock its own account, nor the last
 * administrator whose account is unlocked (409 naming the rule); another administrator's account it may lock.
 */
class AdministratorLockTest extends ApiTest {

    @Autowired
    AccountLocks locks;

    @Autowired
    IdentityService identity;

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
        // the shared test database may hold administrators other tests made: every other unlocked one is locked here
        List<String> others = identity.createUserQuery().memberOfGroup(Role.ADMIN.groupId()).list().stream()
                .map(User::getId).filter(id -> !id.equals(TestUsers.ADMIN))
                .filter(id -> !locks.locked(id).orElse(true)).toList();
        assertThat(others).contains(TestUsers.REVIEWER);
        List<String> lockedHere = new ArrayList<>();
        try {
            for (String other : others) {
                Response locked = as(TestUsers.ADMIN).put("/api/users/" + other + "/lock", "{}");
                assertThat(locked.status()).as(locked.body()).isEqualTo(200);
                lockedHere.add(other);
            }
            assertThat(locks.lastUnlockedAdministrator(TestUsers.ADMIN)).as("every other administrator is locked").isTrue();
        } finally {
            for (String other : lockedHere) {
                Response unlocked = as(TestUsers.ADMIN).delete("/api/users/" + other + "/lock");
                assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
            }
        }
        assertThat(locks.lastUnlockedAdministrator(TestUsers.ADMIN)).isFalse();
    }
}
