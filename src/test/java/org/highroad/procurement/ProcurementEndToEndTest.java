package org.highroad.procurement;

/** The procurement walkthrough on H2. */
class ProcurementEndToEndTest extends ProcurementEndToEndContract {
}
