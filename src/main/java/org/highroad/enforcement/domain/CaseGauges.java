package org.highroad.enforcement.domain;

import org.highroad.platform.operations.DatabaseGauges;
import org.springframework.stereotype.Component;

/**
 * The enforcement module's business figure for monitoring: compliance cases open ({@code highroad_cases_open}).
 */
@Component
class CaseGauges {

    CaseGauges(DatabaseGauges gauges) {
        gauges.count("highroad.cases.open", "Compliance cases open",
                "select count(*) from compliance_case where status = 'OPEN'", today -> new Object[0]);
    }
}
