package org.highroad.platform.security;

import java.util.Set;

/**
 * The signed-in user: id, roles, and for a contractor the one vendor it acts for. Controllers receive it with
 * {@code @AuthenticationPrincipal}; modules use {@link #mayActFor(Long)} to keep contractors to their own data.
 */
public record HighroadUser(String userId, Set<Role> roles, Long vendorId) {

    /**
     * The user id under which Highroad's own steps act and are audited: a deadline passing, an automated check or
     * screening, a comparison made when a payroll arrives. No person signs in with it.
     */
    public static final String WORKFLOW_ID = "highroad-workflow";

    /**
     * The user id under which the demo data is loaded (standards proposed, vendors and a subsidy program registered).
     * Audit records keep it; pages name it as a person reads it ({@code PageFormats.actor}).
     */
    public static final String DEMO_DATA_ID = "demo-loader";

    public HighroadUser {
        roles = Set.copyOf(roles);
    }

    /** Highroad's own steps acting with one role's rights, such as screening a bid as a procurement officer would. */
    public static HighroadUser workflowAs(Role role) {
        return new HighroadUser(WORKFLOW_ID, Set.of(role), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Agency staff see every vendor; a contractor sees only the vendor it belongs to. */
    public boolean isAgencyStaff() {
        return has(Role.ADMIN) || has(Role.PROCUREMENT_OFFICER) || has(Role.AUDITOR) || has(Role.WORKFORCE_STAFF);
    }

    public boolean mayActFor(Long vendor) {
        return isAgencyStaff() || (has(Role.CONTRACTOR) && vendorId != null && vendorId.equals(vendor));
    }
}
