package org.highroad.platform.security;

import java.util.Set;

/** Where users, groups and password hashes live (the engine's identity service; see {@code platform.process}). */
public interface UserDirectory {

    boolean checkPassword(String userId, String password);

    Set<String> groupIds(String userId);

    boolean userExists(String userId);

    /** Creates the user with a hashed password and adds it to the role's group (creating the group if needed). */
    void createUser(String userId, String firstName, String lastName, String email, String password, Role role);
}
