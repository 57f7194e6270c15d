package org.highroad.enforcement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.enforcement.ledger.Entries.ledger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A case closes without a reason only when no worker is owed anything and no withholding is held; otherwise the
 * reason must have at least 20 characters. The refusal names a contractor holding withholding by its name, never by its
 * id nor a worker's reference. Entries in the one-line form of {@link Entries}.
 */
class CaseClosingTest {

    static final String EXAMPLE = ", e.g. \"worker cannot be located after three attempts; funds deposited with the state\".";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an empty case closes | | | ",
            "every worker paid and nothing withheld: closes without a reason | owed 1234@7 100.00 f1 base; paid 1234@7 100.00 | | ",
            "withholding released in full: closes without a reason | owed 1234@7 100.00 f1 base; withheld @7 100.00; paid 1234@7 100.00; released @7 100.00 | | ",
            "an overpayment does not keep a case open | owed 1234@7 100.00 f1 base; paid 1234@7 120.00 | | ",
            "every finding dismissed on appeal: closes | owed 1234@7 100.00 f1 base; reversed f1 | | ",
            "restitution outstanding and no reason: refused | owed 1234@7 100.00 f1 base; owed 5555@7 25.50 f2 fringe; paid 1234@7 40.00 | | The case cannot close: restitution of $85.50 is outstanding for 2 workers. Record a reason of at least 20 characters",
            "a blank reason is no reason | owed 1234@7 100.00 f1 base | '   ' | The case cannot close: restitution of $100.00 is outstanding for 1 worker. Record a reason of at least 20 characters",
            "a reason of 19 characters is too short | owed 1234@7 100.00 f1 base | worker not found!!! | The case cannot close: restitution of $100.00 is outstanding for 1 worker. Record a reason of at least 20 characters (the reason given has 19)",
            "blanks around a reason do not count | owed 1234@7 100.00 f1 base | '    worker not found!!!    ' | The case cannot close: restitution of $100.00 is outstanding for 1 worker. Record a reason of at least 20 characters (the reason given has 19)",
            "a reason of 20 characters closes with restitution outstanding | owed 1234@7 100.00 f1 base | worker not found!!!! | ",
            "the example reason closes | owed 1234@7 100.00 f1 base | worker cannot be located after three attempts; funds deposited with the state | ",
            "withholding still held and no reason: refused | owed 1234@7 100.00 f1 base; paid 1234@7 100.00; withheld @7 150.00; released @7 50.00 | | The case cannot close: $100.00 of withholding is still held from Harbor Builders LLC (release it, or say why it is kept). Record a reason of at least 20 characters",
            "withholding held from two contractors: 10.00 + 20.00 | withheld @9 10.00; withheld @7 20.00 | | The case cannot close: $30.00 of withholding is still held from Harbor Builders LLC and Bay Electric Co. (release it, or say why it is kept). Record a reason of at least 20 characters",
            "withholding kept for a reason closes | withheld @7 20.00 | funds kept for transfer to the Department of Labor | ",
            "outstanding restitution and held withholding are both named | owed 1234@7 100.00 f1 base; withheld @7 60.00 | short | The case cannot close: restitution of $100.00 is outstanding for 1 worker; $60.00 of withholding is still held from Harbor Builders LLC (release it, or say why it is kept). Record a reason of at least 20 characters (the reason given has 5)",
            "one reason covers both | owed 1234@7 100.00 f1 base; withheld @7 60.00 | withholding kept for the worker, who cannot be located yet | "})
    void aCaseClosesWithMoneyUnaccountedForOnlyWithAReason(String sentence, String entries, String reason,
            String refusal) {
        var answer = ledger(entries).closeRefusal(reason, CaseClosingTest::legalName);

        if (refusal == null) {
            assertThat(answer).isEmpty();
        } else {
            assertThat(answer).contains(refusal + EXAMPLE);
            assertThat(answer.get()).doesNotContain("vendor 7", "vendors 7", "1234", "5555");
        }
    }

    /** The contractors by name, as the vendor registry names them; the ledger knows only their ids. */
    private static String legalName(long vendorId) {
        return switch ((int) vendorId) {
            case 7 -> "Harbor Builders LLC";
            case 9 -> "Bay Electric Co.";
            default -> throw new IllegalArgumentException("no vendor " + vendorId + " in this test");
        };
    }
}
