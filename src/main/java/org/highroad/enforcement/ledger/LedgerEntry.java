package org.highroad.enforcement.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a case's restitution ledger. Entries are appended and never edited or deleted: a mistake or a dismissed
 * finding is answered by a later entry ({@link OwedReversed}, {@link Released}), so the ledger is its own history.
 * Each record checks its own fields (amounts more than zero in whole cents, references and names not blank) and
 * throws {@link IllegalArgumentException} otherwise; checks against earlier entries are the ledger's
 * ({@link RestitutionLedger}).
 */
public sealed interface LedgerEntry {

    /** The entry kinds, as they are named in messages and stored. */
    enum Kind {
        OWED, PAID, WITHHELD, RELEASED, OWED_REVERSED, OWED_REVISED
    }

    Kind kind();

    /**
     * Restitution owed to a worker on a confirmed finding, for one {@code component} of the back wages. The payroll
     * check reports {@code base}, {@code overtime} and {@code fringe} per worker row ({@code payroll_restitution});
     * other components (interest, for instance) are free text.
     */
    record Owed(String workerRef, long vendorId, BigDecimal amount, long findingId, String component)
            implements LedgerEntry {

        public static final String BASE = "base";
        public static final String OVERTIME = "overtime";
        public static final String FRINGE = "fringe";

        public Owed {
            workerRef = LedgerAmounts.text(workerRef, "workerRef", "OWED");
            vendorId = LedgerAmounts.id(vendorId, "vendorId", "OWED");
            amount = LedgerAmounts.amount(amount, "OWED");
            findingId = LedgerAmounts.id(findingId, "findingId", "OWED");
            component = LedgerAmounts.text(component, "component", "OWED");
        }

        @Override
        public Kind kind() {
            return Kind.OWED;
        }
    }

    /**
     * Restitution paid to a worker, with its {@code evidence} (a cancelled-check number, a correction payroll's id, a
     * bank transfer reference). A payment does not say which component it pays: see {@link RestitutionLedger} for
     * how it is applied.
     */
    record Paid(String workerRef, long vendorId, BigDecimal amount, String evidence, LocalDate paidOn,
            String recordedBy) implements LedgerEntry {

        public Paid {
            workerRef = LedgerAmounts.text(workerRef, "workerRef", "PAID");
            vendorId = LedgerAmounts.id(vendorId, "vendorId", "PAID");
            amount = LedgerAmounts.amount(amount, "PAID");
            evidence = LedgerAmounts.text(evidence, "evidence", "PAID");
            if (paidOn == null) {
                throw new IllegalArgumentException("PAID: paidOn is required");
            }
            recordedBy = LedgerAmounts.text(recordedBy, "recordedBy", "PAID");
        }

        @Override
        public Kind kind() {
            return Kind.PAID;
        }
    }

    /**
     * An amount withheld from a payment due to the contractor ({@code paymentReference}: the invoice or payment, kept as
     * typed for the reader; compared by its {@link #referenceKey()}).
     */
    record Withheld(long vendorId, BigDecimal amount, String paymentReference, String recordedBy)
            implements LedgerEntry {

        public Withheld {
            vendorId = LedgerAmounts.id(vendorId, "vendorId", "WITHHELD");
            amount = LedgerAmounts.amount(amount, "WITHHELD");
            paymentReference = LedgerAmounts.text(paymentReference, "paymentReference", "WITHHELD");
            recordedBy = LedgerAmounts.text(recordedBy, "recordedBy", "WITHHELD");
        }

        @Override
        public Kind kind() {
            return Kind.WITHHELD;
        }

        /** The payment's reference as compared: {@link #keyOf} of the reference as typed. */
        public String referenceKey() {
            return keyOf(paymentReference);
        }

        /**
         * A payment reference as the ledger compares it, so that one payment to the contractor is one payment however
         * it is typed ({@code CHK-1}, {@code chk-1}, {@code " chk  -1"} are not: {@code chk -1} is): white space (space,
         * tab, line breaks, form feed) collapsed to one space, none at either end, upper case. This is the one place the
         * rule is written; V83 fills the stored key of the entries recorded before it by the same steps in SQL.
         * References that only look different are one payment too: Unicode compatibility forms folded (NFKC: full-width
         * letters, a no-break space), every dash-like character read as '-', every Unicode white space collapsed. The
         * reference shown stays as typed.
         */
        public static String keyOf(String paymentReference) {
            if (paymentReference == null) {
                return null;
            }
            // the compatibility forms first (NFKC: a full-width ＣＨＫ is CHK, a no-break space a space), then every
            // dash-like character (hyphens, en and em dashes, the minus sign) as '-', every white space as one space
            String compatible = java.text.Normalizer.normalize(paymentReference, java.text.Normalizer.Form.NFKC);
            String dashes = compatible.replaceAll("[\\p{Pd}\\u2212\\u2043\\uFE63\\uFF0D]", "-");
            String collapsed = dashes.replaceAll("[\\s\\p{Z}\\u0085]+", " ");
            int from = 0;
            int to = collapsed.length();
            while (from < to && collapsed.charAt(from) == ' ') {
                from++;
            }
            while (to > from && collapsed.charAt(to - 1) == ' ') {
                to--;
            }
            return collapsed.substring(from, to).toUpperCase(java.util.Locale.ROOT);
        }
    }

    /** Withholding released to the contractor (or paid over to the workers on its behalf), with the reason. */
    record Released(long vendorId, BigDecimal amount, String reason, String recordedBy) implements LedgerEntry {

        public Released {
            vendorId = LedgerAmounts.id(vendorId, "vendorId", "RELEASED");
            amount = LedgerAmounts.amount(amount, "RELEASED");
            reason = LedgerAmounts.text(reason, "reason", "RELEASED");
            recordedBy = LedgerAmounts.text(recordedBy, "recordedBy", "RELEASED");
        }

        @Override
        public Kind kind() {
            return Kind.RELEASED;
        }
    }

    /**
     * Takes back everything owed on a finding (every component) because the finding was dismissed on appeal or
     * superseded (a corrected payroll's finding is owed under its own id).
     */
    record OwedReversed(long findingId, String reason, String recordedBy) implements LedgerEntry {

        public OwedReversed {
            findingId = LedgerAmounts.id(findingId, "findingId", "OWED_REVERSED");
            reason = LedgerAmounts.text(reason, "reason", "OWED_REVERSED");
            recordedBy = LedgerAmounts.text(recordedBy, "recordedBy", "OWED_REVERSED");
        }

        @Override
        public Kind kind() {
            return Kind.OWED_REVERSED;
        }
    }

    /**
     * The auditor revised what a confirmed finding owes (to what a correction payroll shows, say): from this entry on the
     * finding owes {@code amount} (zero or more, in whole cents) instead of what it owed before, and the worker's
     * restitution changes by the difference. The entries before it stay as they were: the ledger is its own history.
     */
    record OwedRevised(long findingId, BigDecimal amount, String reason, String recordedBy) implements LedgerEntry {

        public OwedRevised {
            findingId = LedgerAmounts.id(findingId, "findingId", "OWED_REVISED");
            amount = LedgerAmounts.amountOrZero(amount, "OWED_REVISED");
            reason = LedgerAmounts.text(reason, "reason", "OWED_REVISED");
            recordedBy = LedgerAmounts.text(recordedBy, "recordedBy", "OWED_REVISED");
        }

        @Override
        public Kind kind() {
            return Kind.OWED_REVISED;
        }
    }
}
