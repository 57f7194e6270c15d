package org.highroad.enforcement.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.enforcement.ledger.LedgerEntry.Owed;
import org.highroad.enforcement.ledger.LedgerEntry.OwedReversed;
import org.highroad.enforcement.ledger.LedgerEntry.Paid;
import org.highroad.enforcement.ledger.LedgerEntry.Released;
import org.highroad.enforcement.ledger.LedgerEntry.Withheld;

/**
 * A ledger written as one line, entries separated by {@code ;}, so that the test tables read like the ledger:
 * <pre>
 * owed 1234@7 100.00 f1 base     OWED to worker 1234 of vendor 7, $100.00, finding 1, component base
 * paid 1234@7 40.00              PAID to worker 1234 of vendor 7, $40.00 (check, date and auditor filled in)
 * withheld @7 500.00             WITHHELD from vendor 7's payment
 * released @7 200.00             RELEASED to vendor 7
 * reversed f1                    OWED_REVERSED for finding 1
 * revised f1 80.00               OWED_REVISED: finding 1 owes $80.00 from here on
 * </pre>
 */
final class Entries {

    static final LocalDate PAID_ON = LocalDate.of(2026, 4, 1);
    static final String AUDITOR = "auditor.lee";

    private Entries() {
    }

    static RestitutionLedger ledger(String spec) {
        return RestitutionLedger.of(parse(spec));
    }

    static List<LedgerEntry> parse(String spec) {
        List<LedgerEntry> entries = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return entries;
        }
        int check = 1000;
        for (String line : spec.split(";")) {
            String[] t = line.strip().split("\\s+");
            entries.add(switch (t[0]) {
                case "owed" -> new Owed(ref(t[1]), vendor(t[1]), new BigDecimal(t[2]), finding(t[3]), t[4]);
                case "paid" -> new Paid(ref(t[1]), vendor(t[1]), new BigDecimal(t[2]), "cancelled check " + (++check),
                        PAID_ON, AUDITOR);
                case "withheld" -> new Withheld(vendor(t[1]), new BigDecimal(t[2]), "invoice 2026-" + (++check),
                        AUDITOR);
                case "released" -> new Released(vendor(t[1]), new BigDecimal(t[2]), "restitution paid in full",
                        AUDITOR);
                case "reversed" -> new OwedReversed(finding(t[1]), "finding dismissed on appeal", AUDITOR);
                case "revised" -> new LedgerEntry.OwedRevised(finding(t[1]), new BigDecimal(t[2]),
                        "correction payroll shows the rate", AUDITOR);
                default -> throw new IllegalStateException("unknown entry in test spec: " + line);
            });
        }
        return entries;
    }

    private static String ref(String workerAtVendor) {
        return workerAtVendor.substring(0, workerAtVendor.indexOf('@'));
    }

    private static long vendor(String workerAtVendor) {
        return Long.parseLong(workerAtVendor.substring(workerAtVendor.indexOf('@') + 1));
    }

    private static long finding(String f) {
        return Long.parseLong(f.substring(1));
    }
}
