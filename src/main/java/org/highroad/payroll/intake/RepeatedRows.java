package org.highroad.payroll.intake;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rules across the rows of one reading: a worker has <b>one row per classification and work week</b> (WH-347, page
 * 1: "a worker with more than one classification gets separate rows under the same entry no."; docs/payroll-csv.md,
 * File format), and a worker's hours in one work week, across all of the worker's rows, are at most 168 (7 days × 24
 * hours; a day's 24 is checked on the row). A row that repeats another (same entry, worker id, classification and work
 * week) would otherwise have its hours added to the first row's, turning a file error into overtime owed, and moving
 * the published workforce shares. One instance per reading.
 *
 * <p>Streaming: rows are not kept. What is kept is one entry per distinct (entry, worker id, classification, work week)
 * and one per (entry, worker id, work week), each a 128-bit digest of its key (so a long classification costs no more
 * than a short one) with the first row's number and, for the week, the hours so far: about 200 bytes a row at most,
 * bounded by {@link Limits#maxRows()} (250,000 rows: under 50 MB in the worst case; a weekly payroll of a few hundred
 * rows, a few tens of kilobytes). The reasons name the entry and the classification, never the worker id (it may be the
 * last digits of a Social Security number; see {@code WorkerIdentities}).
 */
final class RepeatedRows {

    /** 7 days × 24 hours. */
    static final BigDecimal HOURS_IN_A_WEEK = BigDecimal.valueOf(168);

    private record Key(long high, long low) {
    }

    private static final class WeekHours {
        final int firstRow;
        BigDecimal hours = BigDecimal.ZERO;
        boolean refused;

        WeekHours(int firstRow) {
            this.firstRow = firstRow;
        }
    }

    private final ReadErrors errors;
    private final MessageDigest sha256;
    private final Map<Key, Integer> firstRowOf = new HashMap<>();
    private final Map<Key, WeekHours> weekHours = new HashMap<>();

    RepeatedRows(ReadErrors errors) {
        this.errors = errors;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Runs of spaces in a classification, read as one. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * Checks a well-formed row against the rows before it; true when it passes (else its error is recorded). The
     * classification is compared without regard to case or repeated spaces ("Electrician" and "ELECTRICIAN" are one).
     */
    boolean check(int row, int entry, String workerId, String classification, LocalDate weekEnding, BigDecimal hours) {
        String trade = SPACES.matcher(classification.trim()).replaceAll(" ").toUpperCase(Locale.ROOT);
        Integer earlier = firstRowOf.putIfAbsent(key(entry, workerId, trade, weekEnding), row);
        if (earlier != null) {
            errors.error(row, null, "repeats row " + earlier + ": entry " + entry + ", " + classification
                    + ", week ending " + weekEnding + "; give each worker one row per classification and week (a worker "
                    + "who worked in two classifications has one row for each)");
            return false;
        }
        WeekHours week = weekHours.computeIfAbsent(key(entry, workerId, null, weekEnding), k -> new WeekHours(row));
        week.hours = week.hours.add(hours);
        if (!week.refused && week.hours.compareTo(HOURS_IN_A_WEEK) > 0) {
            week.refused = true;
            errors.error(row, null, "entry " + entry + " reports " + week.hours.toPlainString() + " hours in the week "
                    + "ending " + weekEnding + ", counting this row and the entry's rows from row " + week.firstRow
                    + "; a week has 168 hours (7 × 24)");
            return false;
        }
        return true;
    }

    private Key key(int entry, String workerId, String trade, LocalDate weekEnding) {
        sha256.reset();
        sha256.update(ByteBuffer.allocate(4).putInt(entry).array());
        update(workerId);
        update(trade);
        update(weekEnding.toString());
        ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
        return new Key(digest.getLong(), digest.getLong());
    }

    /** A part of a key, its length first so that no two different keys read alike. */
    private void update(String part) {
        byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
        sha256.update(ByteBuffer.allocate(4).putInt(part == null ? -1 : bytes.length).array());
        sha256.update(bytes);
    }
}
