/**
 * Standards: agencies and their versioned, effective-dated job-quality standards. A version holds wage floors,
 * wage determinations, workforce targets, a scoring rubric over the eight job-quality principles, vendor
 * eligibility rules, enforcement parameters and (for subsidy programs) subsidy terms. A version pinned by a
 * solicitation, contract or subsidy program is immutable.
 *
 * <p>API: {@link org.highroad.standards.StandardCatalog} (agencies, standards, versions, the version in force on a
 * date, pinning), {@link org.highroad.standards.StandardPresets} (presets shipped as data files), the value records
 * at this package's root, and the pure scorer in {@code scoring}. HTTP: {@code /api/agencies},
 * {@code /api/standards}, {@code /api/standard-presets}. Processes: none yet.
 */
package org.highroad.standards;
