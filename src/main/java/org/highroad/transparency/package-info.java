/**
 * Transparency: open contracting data (OCDS 1.1 with the bids, requirements, lots, award criteria, sustainability,
 * metrics and performance failures extensions) for every published solicitation, and a public page per contract. API:
 * {@link org.highroad.transparency.OcdsPublication} (publish the changes; read releases, records, packages). It reads
 * the other modules only through their APIs and publishes no personal data: no worker names, references or addresses,
 * no complaint, no staff user; shares over fewer than five workers are withheld (platform.disclosure.Suppression). HTTP (no login):
 * {@code /public/ocds/releases/{ocid}}, {@code /public/ocds/records/{ocid}}, {@code /public/ocds/releases?since=},
 * {@code /public/ocds/records}, {@code /public/contracts/{id}}. No process.
 */
package org.highroad.transparency;
