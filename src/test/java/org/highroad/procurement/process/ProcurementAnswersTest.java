package org.highroad.procurement.process;

/** What the engine keeps of a procurement, on H2. */
class ProcurementAnswersTest extends ProcurementAnswersContract {
}
