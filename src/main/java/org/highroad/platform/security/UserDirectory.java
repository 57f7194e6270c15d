package org.highroad.platform.security;

import java.util.Set;

/** Where users, groups and password hashes live (the engine's identity service; see {@code platform.process}). */
public interface UserDirectory {

    boolean checkPassword(String userId, String password);

    Set<String> groupIds(String userId);

    boolean userExists(String userId);

    /**
     * Puts a contractor user in its vendor's group ({@link #vendorGroup}), and out of any other vendor's, so tasks
     * addressed to a vendor reach whoever acts for it at the time they are worked, not when they were created.
     */
    void setVendorGroup(String userId, long vendorId);

    /** The engine group of a vendor's users (alphanumeric: the engine's default resource-id pattern). */
    static String vendorGroup(long vendorId) {
        return "vendor" + vendorId;
    }

    /** Creates the user with a hashed password and adds it to the role's group (creating the group if needed). */
    void createUser(String userId, String firstName, String lastName, String email, String password, Role role);
}
