package org.highroad.enforcement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.highroad.enforcement.ledger.LedgerEntry.Kind;
import org.highroad.enforcement.ledger.LedgerEntry.Owed;
import org.highroad.enforcement.ledger.LedgerEntry.OwedReversed;
import org.highroad.enforcement.ledger.LedgerEntry.Paid;
import org.highroad.enforcement.ledger.LedgerEntry.Released;
import org.highroad.enforcement.ledger.LedgerEntry.Withheld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each entry checks its own fields: amounts more than zero in whole cents, references not blank. */
class LedgerEntryTest {

    static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    /** Every kind of entry that carries an amount, built with the amount given. */
    static Stream<Arguments> amountEntries() {
        return Stream.of(
                Arguments.of("OWED", (Function<BigDecimal, LedgerEntry>) a -> new Owed("1234", 7, a, 1, "base")),
                Arguments.of("PAID", (Function<BigDecimal, LedgerEntry>) a -> new Paid("1234", 7, a, "check 1001", DAY,
                        "auditor")),
                Arguments.of("WITHHELD", (Function<BigDecimal, LedgerEntry>) a -> new Withheld(7, a, "invoice 12",
                        "auditor")),
                Arguments.of("RELEASED", (Function<BigDecimal, LedgerEntry>) a -> new Released(7, a, "paid in full",
                        "auditor")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("amountEntries")
    void amountsAreMoreThanZeroInWholeCents(String kind, Function<BigDecimal, LedgerEntry> entry) {
        // refused, with the kind and the reason
        assertThatThrownBy(() -> entry.apply(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + ": amount is required");
        assertThatThrownBy(() -> entry.apply(new BigDecimal("0.00"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + ": amount must be more than $0.00, was 0.00");
        assertThatThrownBy(() -> entry.apply(new BigDecimal("-12.50"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + ": amount must be more than $0.00, was -12.50");
        assertThatThrownBy(() -> entry.apply(new BigDecimal("10.005"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(kind + ": amount must be in whole cents (at most 2 decimals), was 10.005");
        assertThatThrownBy(() -> entry.apply(new BigDecimal("0.001"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("whole cents");
        // accepted, kept at cents
        assertThat(amount(entry.apply(new BigDecimal("0.01")))).isEqualTo(new BigDecimal("0.01"));
        assertThat(amount(entry.apply(new BigDecimal("10.5")))).isEqualTo(new BigDecimal("10.50"));
        assertThat(amount(entry.apply(new BigDecimal("10.500")))).isEqualTo(new BigDecimal("10.50"));
        assertThat(amount(entry.apply(new BigDecimal("1E+3")))).isEqualTo(new BigDecimal("1000.00"));
        assertThat(entry.apply(new BigDecimal("10.5"))).isEqualTo(entry.apply(new BigDecimal("10.50")));
        assertThat(entry.apply(BigDecimal.ONE).kind()).isEqualTo(Kind.valueOf(kind));
    }

    private static BigDecimal amount(LedgerEntry e) {
        if (e instanceof Owed o) {
            return o.amount();
        } else if (e instanceof Paid p) {
            return p.amount();
        } else if (e instanceof Withheld w) {
            return w.amount();
        } else {
            return ((Released) e).amount();
        }
    }

    static Stream<Arguments> missingFields() {
        BigDecimal ten = new BigDecimal("10.00");
        return Stream.of(
                refused("OWED without a worker reference", () -> new Owed("  ", 7, ten, 1, "base"),
                        "OWED: workerRef is required"),
                refused("OWED without a component", () -> new Owed("1234", 7, ten, 1, null),
                        "OWED: component is required"),
                refused("OWED for vendor 0", () -> new Owed("1234", 0, ten, 1, "base"),
                        "OWED: vendorId must be a positive id, was 0"),
                refused("OWED for finding -3", () -> new Owed("1234", 7, ten, -3, "base"),
                        "OWED: findingId must be a positive id, was -3"),
                refused("PAID without evidence", () -> new Paid("1234", 7, ten, "", DAY, "auditor"),
                        "PAID: evidence is required"),
                refused("PAID without a date", () -> new Paid("1234", 7, ten, "check 1001", null, "auditor"),
                        "PAID: paidOn is required"),
                refused("PAID without who recorded it", () -> new Paid("1234", 7, ten, "check 1001", DAY, " "),
                        "PAID: recordedBy is required"),
                refused("WITHHELD without the payment it is from", () -> new Withheld(7, ten, null, "auditor"),
                        "WITHHELD: paymentReference is required"),
                refused("RELEASED without a reason", () -> new Released(7, ten, "\t", "auditor"),
                        "RELEASED: reason is required"),
                refused("OWED_REVERSED without a reason", () -> new OwedReversed(4, "", "auditor"),
                        "OWED_REVERSED: reason is required"),
                refused("OWED_REVERSED for finding 0", () -> new OwedReversed(0, "dismissed", "auditor"),
                        "OWED_REVERSED: findingId must be a positive id, was 0"));
    }

    private static Arguments refused(String sentence, ThrowingCallable build, String message) {
        return Arguments.of(sentence, build, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("missingFields")
    void referencesAndNamesAreRequired(String sentence, ThrowingCallable build, String message) {
        assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void textIsKeptWithoutSurroundingBlanks() {
        var owed = new Owed(" 1234 ", 7, BigDecimal.TEN, 1, " fringe ");

        assertThat(owed.workerRef()).isEqualTo("1234");
        assertThat(owed.component()).isEqualTo(Owed.FRINGE);
        assertThat(new OwedReversed(1, "superseded by finding 9", "auditor").kind()).isEqualTo(Kind.OWED_REVERSED);
    }

    /** A payment reference is compared by its key: white space collapsed and trimmed, upper case; shown as typed. */
    @org.junit.jupiter.api.Test
    void aPaymentReferenceIsComparedByItsKey() {
        org.assertj.core.api.Assertions.assertThat(LedgerEntry.Withheld.keyOf("chk-1")).isEqualTo("CHK-1");
        org.assertj.core.api.Assertions.assertThat(LedgerEntry.Withheld.keyOf(" Pay \t app\r\n7  ")).isEqualTo("PAY APP 7");
        org.assertj.core.api.Assertions.assertThat(LedgerEntry.Withheld.keyOf("PAY-APP-7")).isEqualTo("PAY-APP-7");
        LedgerEntry.Withheld w = new LedgerEntry.Withheld(1, new java.math.BigDecimal("5.00"), " chk-1 ", "auditor");
        org.assertj.core.api.Assertions.assertThat(w.paymentReference()).isEqualTo("chk-1");
        org.assertj.core.api.Assertions.assertThat(w.referenceKey()).isEqualTo("CHK-1");
    }

    /**
     * References that only look different are one payment: a no-break space (a copy from a PDF), full-width letters,
     * an en or em dash, a minus sign or a non-breaking hyphen; what the ledger shows stays as typed.
     */
    @org.junit.jupiter.api.Test
    void referencesThatOnlyLookDifferentHaveOneKey() {
        for (String typed : new String[] {"CHK\u00a0-1", "\uff23\uff28\uff2b-1", "CHK\u20131", "chk\u20141", "CHK\u22121",
                "CHK\u20111", "CHK\uff0d1", "\u00a0chk-1\u2007", "CHK\u2003\u00a0-1"}) {
            String expected = typed.contains(" ") || typed.contains("\u00a0-") || typed.contains("\u2003") ? "CHK -1" : "CHK-1";
            org.assertj.core.api.Assertions.assertThat(LedgerEntry.Withheld.keyOf(typed)).as(typed).isEqualTo(expected);
        }
        org.assertj.core.api.Assertions.assertThat(LedgerEntry.Withheld.keyOf("CHK\u00a0-1"))
                .isEqualTo(LedgerEntry.Withheld.keyOf("chk  -1"));
        org.assertj.core.api.Assertions.assertThat(LedgerEntry.Withheld.keyOf("CHK-1")).isNotEqualTo(LedgerEntry.Withheld.keyOf("CHK-2"));
        LedgerEntry.Withheld w = new LedgerEntry.Withheld(1, new java.math.BigDecimal("5.00"), "CHK\u20131", "auditor");
        org.assertj.core.api.Assertions.assertThat(w.paymentReference()).isEqualTo("CHK\u20131");
        org.assertj.core.api.Assertions.assertThat(w.referenceKey()).isEqualTo("CHK-1");
    }
}
