package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Investigation findings recorded before V16 quoted the worker's account (hours and pay claimed) in the text the
 * contractor reads; V16 restates them without it. Its statements run here on rows shaped as those were written, in a
 * transaction rolled back afterwards.
 */
class QuotedInvestigationFindingsTest extends PayrollTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void v16RestatesAnInvestigationFindingWithoutTheWorkersAccount() throws Exception {
        List<String> restate = Arrays.stream(Files.readString(Path.of(
                "src/main/resources/db/migration/V16__one_open_case_finding_status.sql")).split(";\\s*\\n"))
                .map(String::strip).map(s -> s.replaceAll("(?m)^--.*\\n", "").strip())
                .filter(s -> s.startsWith("update payroll_finding set detail")).toList();
        assertThat(restate).hasSize(2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            insert("quoted-rows", "5678", "287.66", "investigation: worker 5678, week ending 2027-01-09: 61.25 hours worked "
                    + "against 40.00 reported; $1,512.34 paid against $1,800.00 due for the reported hours at the committed rate");
            insert("quoted-no-work", null, null, "investigation: the contractor certified no work in the week ending "
                    + "2027-01-09; the account is of 61.25 hours worked");
            restate.forEach(jdbc::update);
            List<String> details = jdbc.queryForList("select detail from payroll_finding where fingerprint like 'v16-%' "
                    + "order by fingerprint", String.class);
            assertThat(details).containsExactly(
                    "investigation: the contractor certified no work in the week ending 2027-01-09; the investigation found "
                            + "work in that week",
                    "investigation: worker 5678, week ending 2027-01-09: the certified payroll differs from what the "
                            + "investigation found ($287.66 owed)");
            status.setRollbackOnly();
        });
    }

    private void insert(String print, String workerRef, String owed, String detail) {
        jdbc.update("insert into payroll_finding (fingerprint, kind, status, contract_id, vendor_id, week_ending, worker_ref, "
                + "amount_owed, detail, rule_cited, found_at) values (?, 'INVESTIGATION_DISCREPANCY', 'OPEN', 0, 0, ?, ?, ?, ?, "
                + "'29 CFR 5.6', ?)", "v16-" + print, Date.valueOf("2027-01-09"), workerRef,
                owed == null ? null : new java.math.BigDecimal(owed), detail, Timestamp.from(org.highroad.support.TestClock.now()));
    }
}
