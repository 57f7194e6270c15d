package org.highroad.vendors;

import org.highroad.support.OnPostgres;

/** The vendor registry API on a real PostgreSQL server. */
@OnPostgres
class VendorsApiPostgresTest extends VendorsApiContract {
}
