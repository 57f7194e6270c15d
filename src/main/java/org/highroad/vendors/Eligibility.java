package org.highroad.vendors;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a vendor may be awarded under a standard version on a date, with every reason it may not. Each reason
 * cites the eligibility rule of the standard version that it breaks.
 */
public record Eligibility(Long vendorId, String standardCode, int standardVersion, LocalDate date, boolean eligible,
        List<Reason> reasons) {

    public record Reason(String rule, String citation, String detail) {
    }
}
