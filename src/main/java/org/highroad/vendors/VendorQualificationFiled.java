package org.highroad.vendors;

import java.math.BigDecimal;

/**
 * Published when a vendor files a job-quality profile; the pre-qualification process starts on it, in the filing
 * transaction. Carries what the officer's review task shows, so the process needs no entity.
 */
public record VendorQualificationFiled(long qualificationId, long vendorId, String vendorLegalName,
        String standardCode, int standardVersion, BigDecimal totalScore, String scorecardStatus, String filedBy) {
}
