package org.highroad.vendors;

/** The vendor registry API on the embedded H2 database. */
class VendorsApiTest extends VendorsApiContract {
}
