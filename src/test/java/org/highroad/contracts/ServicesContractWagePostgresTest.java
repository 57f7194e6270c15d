package org.highroad.contracts;

import org.highroad.support.OnPostgres;

/** A services contract's lowest hourly wage, drafted, stored and checked against payroll on a real PostgreSQL server. */
@OnPostgres
class ServicesContractWagePostgresTest extends ServicesContractWageTest {
}
