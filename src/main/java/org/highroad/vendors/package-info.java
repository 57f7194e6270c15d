/**
 * Vendors: the vendor registry (legal name, EIN, UEI, address, certifications, contacts), the violation history
 * and debarments, which contractor users act for which vendor, and eligibility screening against a standard
 * version's rules as of a date.
 *
 * <p>API: {@link org.highroad.vendors.VendorRegistry}, {@link org.highroad.vendors.VendorUsers} (also the
 * platform's {@code VendorAffiliation}), {@link org.highroad.vendors.VendorQualifications} (pre-qualification: file,
 * decide, expire, {@code prequalification}, {@code profileAnswers}). HTTP: {@code /api/vendors}. Depends on
 * {@code standards} for the eligibility rules and the rubric. Processes: {@code vendorQualification}
 * ({@code bpmn/vendors/vendor-qualification.bpmn}).
 */
package org.highroad.vendors;
