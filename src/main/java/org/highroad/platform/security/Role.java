package org.highroad.platform.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * Highroad's roles. Each is an engine identity group, so the REST API and the Operaton webapps (Tasklist, Cockpit,
 * Admin) share one set of users, groups and hashed passwords. {@code operaton-admin} is the engine's own
 * administrators group.
 */
public enum Role {
    ADMIN("operaton-admin", "Administrators"),
    PROCUREMENT_OFFICER("procurementOfficers", "Procurement officers"),
    AUDITOR("auditors", "Auditors"),
    WORKFORCE_STAFF("workforceStaff", "Workforce staff"),
    CONTRACTOR("contractors", "Contractors");

    private final String groupId;
    private final String groupName;

    Role(String groupId, String groupName) {
        this.groupId = groupId;
        this.groupName = groupName;
    }

    public String groupId() {
        return groupId;
    }

    public String groupName() {
        return groupName;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofGroup(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
