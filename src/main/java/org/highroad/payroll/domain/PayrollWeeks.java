package org.highroad.payroll.domain;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The week of a contract and contractor ({@code payroll_week}, one row each): intake and checks lock its row
 * ({@code SELECT ... FOR UPDATE}, the same on H2 and PostgreSQL), so that the week's payrolls are accepted one at a
 * time (a correction supersedes exactly the payroll accepted before it) and checked one at a time. A subcontractor's
 * check holds the prime's week too while it computes the contract's shares, and a worker's account of the week is
 * compared with the week held ({@link #hold}). The row is created on first use; two requests creating it at once leave
 * one (its primary key).
 *
 * <p>PostgreSQL waits for the lock as long as the holder works; H2 gives up after its lock timeout (about two seconds),
 * so the work is started again until {@code highroad.payroll.week-wait} (default two minutes) has passed, then
 * {@link WeekBusyException}. Call it outside a transaction: each attempt is a transaction of its own.
 */
@Component
public class PayrollWeeks {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Duration maxWait;

    PayrollWeeks(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${highroad.payroll.week-wait:PT2M}") Duration maxWait) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.maxWait = maxWait;
    }

    /**
     * Runs {@code work} in a transaction that holds the week's row locked from its first statement to its end. The
     * work is run again from the start when the database gives up on a lock meanwhile (the transaction was rolled back).
     */
    public <T> T inWeek(long contractId, long vendorId, LocalDate weekEnding, TransactionCallback<T> work) {
        ensure(contractId, vendorId, weekEnding);
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            try {
                return tx.execute(status -> {
                    jdbc.queryForObject("select contract_id from payroll_week where contract_id = ? and vendor_id = ? "
                            + "and week_ending = ? for update", Long.class, contractId, vendorId, Date.valueOf(weekEnding));
                    return work.doInTransaction(status);
                });
            } catch (ConcurrencyFailureException busy) {
                if (System.nanoTime() > deadline) {
                    throw new WeekBusyException(contractId, vendorId, weekEnding);
                }
            }
        }
    }

    /**
     * Locks the week's row until the caller's transaction ends, if the week has one (it is created when a payroll or
     * no-work statement for the week is received, and for the prime's week when a subcontractor's payroll of that week
     * is checked): what is read and recorded about the week then happens one transaction at a time, between the week's
     * intake and checks. Returns whether there was a row; without one nothing was certified for the week yet.
     */
    public boolean hold(long contractId, long vendorId, LocalDate weekEnding) {
        return !jdbc.queryForList("select contract_id from payroll_week where contract_id = ? and vendor_id = ? and week_ending = ? "
                + "for update", Long.class, contractId, vendorId, Date.valueOf(weekEnding)).isEmpty();
    }

    /** Creates the week's row unless it exists, in a transaction of its own. */
    public void ensure(long contractId, long vendorId, LocalDate weekEnding) {
        for (int attempt = 1; ; attempt++) {
            Integer rows = jdbc.queryForObject("select count(*) from payroll_week where contract_id = ? and vendor_id = ? "
                    + "and week_ending = ?", Integer.class, contractId, vendorId, Date.valueOf(weekEnding));
            if (rows != null && rows > 0) {
                return;
            }
            try {
                tx.executeWithoutResult(status -> jdbc.update("insert into payroll_week (contract_id, vendor_id, week_ending) "
                        + "values (?, ?, ?)", contractId, vendorId, Date.valueOf(weekEnding)));
                return;
            } catch (DuplicateKeyException createdMeanwhile) {
                return;
            } catch (ConcurrencyFailureException waitedForTheOtherInsert) {
                if (attempt >= 20) {
                    throw waitedForTheOtherInsert;
                }
            }
        }
    }

    /** The week stayed locked by other work longer than intake waits. */
    public static class WeekBusyException extends RuntimeException {
        public WeekBusyException(long contractId, long vendorId, LocalDate weekEnding) {
            super("the week ending " + weekEnding + " of contract " + contractId + " and vendor " + vendorId
                    + " is being processed by another request");
        }
    }
}
