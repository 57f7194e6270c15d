package org.highroad.support;

import org.highroad.demo.DemoData;
import org.highroad.vendors.VendorRegistry;
import org.highroad.vendors.VendorUsers;
import org.highroad.vendors.VendorView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.UserDirectory;
import org.springframework.boot.test.context.TestComponent;
import java.util.Set;

/**
 * The demo users are the test users (so the README's users are proved to work). Contractor {@code harbor} acts for
 * Harbor Builders, {@code northside} for Northside Electric.
 */
@TestComponent
public class TestUsers {

    public static final String PASSWORD = DemoData.PASSWORD;
    public static final String ADMIN = "admin";
    public static final String OFFICER = "officer";
    public static final String AUDITOR = "auditor";
    public static final String STAFF = "staff";
    public static final String HARBOR = "harbor";
    public static final String NORTHSIDE = "northside";
    /** Contractor of Quickbuild Contracting, whose vendor has an unresolved wage-theft record (ineligible). */
    public static final String QUICK = "quick";
    /** A second administrator, made by the tests only: four eyes needs two. */
    public static final String REVIEWER = "reviewer";
    /**
     * For wrong-password tests only: after a wrong password the engine makes the user wait before the next sign-in
     * (Operaton's login throttling, 3 seconds at first), so a wrong password tried on a user that other tests sign in
     * as would fail them when they follow within seconds.
     */
    public static final String LOCKABLE = "lockable";

    private static final HighroadUser ROOT = new HighroadUser("test", Set.of(Role.ADMIN), null);

    private final VendorUsers vendorUsers;
    private final VendorRegistry vendors;
    private final UserDirectory directory;

    TestUsers(VendorUsers vendorUsers, VendorRegistry vendors, UserDirectory directory) {
        this.vendorUsers = vendorUsers;
        this.vendors = vendors;
        this.directory = directory;
        if (!directory.userExists(REVIEWER)) {
            directory.createUser(REVIEWER, "Rae", "Reviewer", "reviewer@test.example", PASSWORD, Role.ADMIN);
        }
        if (!directory.userExists(LOCKABLE)) {
            directory.createUser(LOCKABLE, "Lee", "Lockable", "lockable@test.example", PASSWORD, Role.WORKFORCE_STAFF);
        }
    }

    public Long vendorOf(String user) {
        return vendorUsers.vendorOf(user).orElseThrow();
    }

    public VendorView vendor(Long id) {
        return vendors.get(id, ROOT);
    }
}
