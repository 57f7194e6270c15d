package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.security.Role;
import org.highroad.support.ApiTest;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role sees only its own Tasklist filters, as Tasklist lists them for the signed-in user (the webapps' REST API):
 * a contractor sees "All tasks" and no auditor's or officer's queue; an auditor its own queues and no officer's; an
 * officer its own and no auditor's. A grant on every filter, as role groups had before, is taken away at start.
 */
class RoleTaskFiltersTest extends ApiTest {

    @Autowired
    RoleTaskFilters roleFilters;
    @Autowired
    AuthorizationService authorizations;

    @Test
    void eachRoleListsOnlyItsOwnFiltersInTasklist() throws Exception {
        List<String> contractor = filterNames(TestUsers.HARBOR);
        assertThat(contractor).contains(RoleTaskFilters.ALL_TASKS).noneMatch(n -> n.startsWith("Auditor:"))
                .noneMatch(n -> n.startsWith("Officer:")).noneMatch(n -> n.startsWith("Admin:"))
                .noneMatch(n -> n.startsWith("Workforce staff:"));
        List<String> auditor = filterNames(TestUsers.AUDITOR);
        assertThat(auditor).contains(RoleTaskFilters.ALL_TASKS, "Auditor: corrections to verify", "Auditor: escalation decisions")
                .noneMatch(n -> n.startsWith("Officer:")).noneMatch(n -> n.startsWith("Admin:"));
        List<String> officer = filterNames(TestUsers.OFFICER);
        assertThat(officer).contains(RoleTaskFilters.ALL_TASKS, RoleTaskFilters.OFFICER_TASKS)
                .noneMatch(n -> n.startsWith("Auditor:"));
        assertThat(filterNames(TestUsers.ADMIN)).as("an administrator reads every filter")
                .contains("Admin: debarment referrals", "Auditor: corrections to verify", RoleTaskFilters.OFFICER_TASKS);
    }

    @Test
    void aGrantOnEveryFilterLeftFromEarlierVersionsIsTakenAwayAtStart() throws Exception {
        Authorization old = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        old.setGroupId(Role.CONTRACTOR.groupId());
        old.setResource(Resources.FILTER);
        old.setResourceId(Authorization.ANY);
        old.addPermission(Permissions.READ);
        authorizations.saveAuthorization(old);
        assertThat(filterNames(TestUsers.HARBOR)).as("what an earlier version let contractors see").anyMatch(n -> n.startsWith("Auditor:"));

        roleFilters.keepEachRoleToItsFilters();
        roleFilters.keepEachRoleToItsFilters();
        assertThat(filterNames(TestUsers.HARBOR)).contains(RoleTaskFilters.ALL_TASKS).noneMatch(n -> n.startsWith("Auditor:"));
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(Role.AUDITOR.groupId()).resourceType(Resources.FILTER)
                .count()).as("one grant per auditors' filter, however often it runs").isEqualTo(
                authorizations.createAuthorizationQuery().groupIdIn(Role.AUDITOR.groupId()).resourceType(Resources.FILTER)
                        .list().stream().map(Authorization::getResourceId).distinct().count());
    }

    private List<String> filterNames(String user) throws Exception {
        HttpResponse<String> listed = TasklistSession.signIn(port, user)
                .send("GET", "/operaton/api/engine/engine/default/filter?resourceType=Task", null);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode filter : new ObjectMapper().readTree(listed.body())) {
            names.add(filter.path("name").asText());
        }
        return names;
    }
}
