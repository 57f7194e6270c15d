package org.highroad.platform.security;

import java.util.Optional;

/** Which vendor a contractor user acts for; implemented by the vendor registry. */
public interface VendorAffiliation {
    Optional<Long> vendorOf(String userId);
}
