package org.highroad.payroll;

import org.highroad.support.OnPostgres;

/** Apprenticeship programs (29 CFR 5.5(a)(4)(i)) through HTTP on a real PostgreSQL server (COPY row writer). */
@OnPostgres
class ApprenticeshipProgramsPayrollPostgresTest extends ApprenticeshipProgramsPayrollTest {
}
