package org.highroad.standards.wagedetermination;

/** Wage determination import and pinning on H2. */
class WageDeterminationsApiTest extends WageDeterminationsApiContract {
}
