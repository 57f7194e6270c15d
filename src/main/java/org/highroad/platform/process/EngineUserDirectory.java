package org.highroad.platform.process;

import java.util.Set;
import java.util.stream.Collectors;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.UserDirectory;
import org.operaton.bpm.engine.AuthorizationService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.authorization.Authorization;
import org.operaton.bpm.engine.authorization.Permissions;
import org.operaton.bpm.engine.authorization.Resources;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The engine's identity service is Highroad's user directory: one set of users, groups and salted password hashes
 * for the API and for the webapps. A role group is created with the engine authorizations its members need
 * (Tasklist for everyone; task authorizations then come from candidate groups and assignees).
 */
@Component
class EngineUserDirectory implements UserDirectory {

    private static final String VENDOR_GROUP_TYPE = "VENDOR";

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    EngineUserDirectory(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return userId != null && !userId.isBlank() && identity.checkPassword(userId, password);
    }

    @Override
    public Set<String> groupIds(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean userExists(String userId) {
        return identity.createUserQuery().userId(userId).count() > 0;
    }

    @Override
    public void setVendorGroup(String userId, long vendorId) {
        String wanted = UserDirectory.vendorGroup(vendorId);
        for (Group group : identity.createGroupQuery().groupMember(userId).groupType(VENDOR_GROUP_TYPE).list()) {
            if (!group.getId().equals(wanted)) {
                identity.deleteMembership(userId, group.getId());
            }
        }
        if (identity.createGroupQuery().groupId(wanted).count() == 0) {
            Group group = identity.newGroup(wanted);
            group.setName("Users of vendor " + vendorId);
            group.setType(VENDOR_GROUP_TYPE);
            identity.saveGroup(group);
        }
        if (identity.createGroupQuery().groupId(wanted).groupMember(userId).count() == 0) {
            identity.createMembership(userId, wanted);
        }
    }

    @Override
    public void createUser(String userId, String firstName, String lastName, String email, String password, Role role) {
        ensureGroup(role);
        User user = identity.newUser(userId);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(email);
        user.setPassword(password); // hashed (salted SHA-512) by the engine
        identity.saveUser(user);
        identity.createMembership(userId, role.groupId());
    }

    private void ensureGroup(Role role) {
        if (identity.createGroupQuery().groupId(role.groupId()).count() > 0) {
            return;
        }
        Group group = identity.newGroup(role.groupId());
        group.setName(role.groupName());
        group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
        if (role == Role.ADMIN) {
            grantAll(role.groupId());
        } else {
            grant(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS); // filters: RoleTaskFilters
        }
    }

    /** Members of operaton-admin bypass engine checks, but the webapps also look for explicit grants. */
    private void grantAll(String groupId) {
        for (Resources resource : Resources.values()) {
            grant(groupId, resource, "*", Permissions.ALL);
        }
    }

    private void grant(String groupId, Resources resource, String resourceId, Permissions permission) {
        Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizations.saveAuthorization(auth);
    }
}
