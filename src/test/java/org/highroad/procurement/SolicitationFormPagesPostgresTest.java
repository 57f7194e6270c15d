package org.highroad.procurement;

import org.highroad.support.OnPostgres;

/** The New solicitation form, tampered and sent twice at the same moment, on a real PostgreSQL server. */
@OnPostgres
class SolicitationFormPagesPostgresTest extends SolicitationFormPagesTest {
}
