package org.highroad.vendors;

/** Vendor pre-qualification through HTTP on the embedded H2 database. */
class QualificationsApiTest extends QualificationsApiContract {
}
