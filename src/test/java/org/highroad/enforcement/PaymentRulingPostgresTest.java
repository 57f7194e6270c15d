package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** The auditor's ruling on each payment, and the same ruling sent twice at once, on a real PostgreSQL server. */
@OnPostgres
class PaymentRulingPostgresTest extends PaymentRulingTest {
}
