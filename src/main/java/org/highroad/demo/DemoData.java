package org.highroad.demo;

import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.UserDirectory;
import org.highroad.standards.Agency;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardPresets;
import org.highroad.vendors.VendorProfile;
import org.highroad.vendors.VendorRegistry;
import org.highroad.vendors.VendorUsers;
import org.highroad.vendors.VendorView;
import org.highroad.vendors.ViolationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data, loaded once (while the demo agency does not exist) through the modules' own APIs: an agency, the
 * four presets (proposed for adoption, so an administrator has review tasks in Tasklist), three vendors (one with an unresolved wage-theft record), one user per role. Only loaded
 * when {@code highroad.demo-data.enabled=true}; the demo users exist only then.
 */
@Component
public class DemoData {

    public static final String AGENCY = "DEMO-CITY";
    public static final String PASSWORD = "demo";
    public static final List<String> PRESETS = List.of("boston-construction", "boston-service-living-wage",
            "sf-local-hire", "wioa-ojt");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final HighroadUser SYSTEM = new HighroadUser(HighroadUser.DEMO_DATA_ID, java.util.Set.of(Role.ADMIN), null);

    private final StandardCatalog standards;
    private final StandardPresets presets;
    private final VendorRegistry vendors;
    private final VendorUsers vendorUsers;
    private final UserDirectory directory;

    DemoData(StandardCatalog standards, StandardPresets presets, VendorRegistry vendors, VendorUsers vendorUsers,
            UserDirectory directory) {
        this.standards = standards;
        this.presets = presets;
        this.vendors = vendors;
        this.vendorUsers = vendorUsers;
        this.directory = directory;
    }

    /** True when the demo agency already exists (a restart, or data loaded before). */
    public boolean loaded() {
        return standards.agencies().stream().anyMatch(a -> a.code().equals(AGENCY));
    }

    @Transactional
    public void load() {
        standards.registerAgency(new Agency(AGENCY, "Demo City", "Demo City, Commonwealth of Example"));
        // Loaded and proposed by the loader, so that an administrator finds them waiting for review in Tasklist.
        PRESETS.forEach(id -> {
            var loaded = presets.load(id, AGENCY, SYSTEM.userId());
            standards.propose(loaded.standardCode(), loaded.version(), SYSTEM.userId());
        });
        VendorView harbor = vendors.register(vendor("Harbor Builders LLC", "12-3456789", "HRB0R8U1LD3R",
                VendorProfile.Certification.Kind.LOCAL_BUSINESS), SYSTEM);
        VendorView northside = vendors.register(vendor("Northside Electric Co.", "98-7654321", "N0RTHS1DE3LC",
                VendorProfile.Certification.Kind.WBE), SYSTEM);
        VendorView quick = vendors.register(vendor("Quickbuild Contracting Inc.", "55-1234567", "QU1CKBU1LD99",
                VendorProfile.Certification.Kind.SBE), SYSTEM);
        vendors.recordViolation(quick.id(), new ViolationReport(ViolationReport.Kind.WAGE_THEFT,
                java.time.LocalDate.of(2025, 3, 14), "Demo City Office of Labor Compliance",
                "Unpaid overtime for 12 laborers; restitution outstanding", null), SYSTEM);
        createUser("admin", "Ada", "Admin", Role.ADMIN);
        createUser("officer", "Olu", "Officer", Role.PROCUREMENT_OFFICER);
        createUser("auditor", "Alex", "Auditor", Role.AUDITOR);
        createUser("staff", "Sam", "Workforce", Role.WORKFORCE_STAFF);
        createUser("harbor", "Hana", "Harbor", Role.CONTRACTOR);
        createUser("northside", "Nia", "Northside", Role.CONTRACTOR);
        createUser("quick", "Quinn", "Quickbuild", Role.CONTRACTOR);
        vendorUsers.link("harbor", harbor.id());
        vendorUsers.link("northside", northside.id());
        vendorUsers.link("quick", quick.id());
        log.info("Demo data loaded: agency {}, {} standards, 3 vendors, users admin/officer/auditor/staff/"
                + "harbor/northside/quick (password '{}')", AGENCY, PRESETS.size(), PASSWORD);
    }

    private void createUser(String id, String first, String last, Role role) {
        if (!directory.userExists(id)) {
            directory.createUser(id, first, last, id + "@demo.highroad.example", PASSWORD, role);
        }
    }

    private static VendorProfile vendor(String name, String ein, String uei, VendorProfile.Certification.Kind cert) {
        return new VendorProfile(name, ein, uei,
                new VendorProfile.Address("1 Main Street", "Demo City", "EX", "00001", "US"),
                List.of(new VendorProfile.Certification(cert, "Demo City Supplier Diversity Office", null, null)),
                List.of(new VendorProfile.Contact("Payroll Office", "Payroll manager", "payroll@" +
                        name.toLowerCase().replaceAll("[^a-z]", "") + ".example", "555-0100")));
    }
}
