package org.highroad.vendors;

import java.util.Optional;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.UserDirectory;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.security.VendorAffiliation;
import org.highroad.vendors.domain.VendorRepository;
import org.highroad.vendors.domain.VendorUser;
import org.highroad.vendors.domain.VendorUserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which vendor each contractor user acts for. A user belongs to exactly one vendor; linking again moves it. */
@Service
public class VendorUsers implements VendorAffiliation {

    private final VendorUserRepository links;
    private final VendorRepository vendors;
    private final UserDirectory directory;

    VendorUsers(VendorUserRepository links, VendorRepository vendors, UserDirectory directory) {
        this.links = links;
        this.vendors = vendors;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> vendorOf(String userId) {
        return links.findById(userId).map(VendorUser::vendorId);
    }

    /** The contractor users who act for a vendor (candidates for the vendor's tasks). */
    @Transactional(readOnly = true)
    public java.util.List<String> usersOf(Long vendorId) {
        return links.findByVendorIdOrderByUserId(vendorId).stream().map(VendorUser::userId).toList();
    }

    @Transactional
    public void link(String userId, Long vendorId) {
        if (!vendors.existsById(vendorId)) {
            throw new NotFoundException("no vendor " + vendorId);
        }
        if (!directory.userExists(userId)) {
            throw new InvalidInputException("userId", "no user " + userId + "; create it in the Admin webapp first");
        }
        if (!directory.groupIds(userId).contains(Role.CONTRACTOR.groupId())) {
            throw new InvalidInputException("userId", "user " + userId + " is not in the "
                    + Role.CONTRACTOR.groupId() + " group");
        }
        links.findById(userId).ifPresentOrElse(link -> link.moveTo(vendorId),
                () -> links.save(new VendorUser(userId, vendorId)));
        directory.setVendorGroup(userId, vendorId);
    }
}
