package org.highroad.enforcement;

import org.highroad.support.OnPostgres;

/** A restitution payment sent twice at once, from the portal's form and the API, on a real PostgreSQL server. */
@OnPostgres
class PaymentSentTwicePostgresTest extends PaymentSentTwiceTest {
}
