package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.platform.security.Role;
import org.highroad.platform.security.UserDirectory;
import org.highroad.support.ApiTest;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Autowired;

/** Users live in the engine's identity service with salted hashes, and their groups are Highroad's roles. */
class EngineUserDirectoryTest extends ApiTest {

    @Autowired
    IdentityService identity;

    @Test
    void storesPasswordsOnlyAsSaltedHashes() {
        UserEntity officer = (UserEntity) identity.createUserQuery().userId(TestUsers.OFFICER).singleResult();
        assertThat(officer.getPassword()).isNotEqualTo(TestUsers.PASSWORD).startsWith("{SHA-512}");
        assertThat(officer.getSalt()).isNotBlank();
    }

    @Test
    void everyDemoUserIsInTheGroupOfItsRole() {
        assertThat(identity.createGroupQuery().groupMember(TestUsers.ADMIN).singleResult().getId()).isEqualTo(Role.ADMIN.groupId());
        assertThat(identity.createGroupQuery().groupMember(TestUsers.OFFICER).singleResult().getId())
                .isEqualTo(Role.PROCUREMENT_OFFICER.groupId());
        assertThat(identity.createGroupQuery().groupMember(TestUsers.AUDITOR).singleResult().getId()).isEqualTo(Role.AUDITOR.groupId());
        assertThat(identity.createGroupQuery().groupMember(TestUsers.STAFF).singleResult().getId())
                .isEqualTo(Role.WORKFORCE_STAFF.groupId());
        // a contractor is in the contractors group and in its vendor's group (tasks addressed to the vendor)
        assertThat(identity.createGroupQuery().groupMember(TestUsers.HARBOR).list()).extracting(g -> g.getId())
                .containsExactlyInAnyOrder(Role.CONTRACTOR.groupId(), UserDirectory.vendorGroup(users.vendorOf(TestUsers.HARBOR)));
    }
}
