package org.highroad.payroll;

import java.sql.SQLException;
import java.util.UUID;

/**
 * A technical failure as an answer and the log may carry it. The answer gets a neutral reason and a reference; the log
 * gets the ids, the reference and the exception chain with its stack traces but without its messages: a driver's or
 * the database's message quotes the SQL, the column types and the refused value (a worker's full Social Security
 * number reached the log that way). The exception classes, SQL states and frames say where it broke.
 */
final class TechnicalFailures {

    private static final int MAX_CAUSES = 12;

    private TechnicalFailures() {
    }

    /** A new reference, for the answer and the log line that explains it. */
    static String reference() {
        return UUID.randomUUID().toString();
    }

    /** {@code failure} and its causes, each message replaced by the exception's class and SQL state. */
    static Throwable redacted(Throwable failure) {
        return copy(failure, 0);
    }

    private static Throwable copy(Throwable t, int depth) {
        Throwable cause = t.getCause() != null && t.getCause() != t && depth < MAX_CAUSES ? copy(t.getCause(), depth + 1) : null;
        String state = t instanceof SQLException sql && sql.getSQLState() != null ? " (SQLState " + sql.getSQLState() + ")" : "";
        Redacted r = new Redacted(t.getClass().getName() + state, cause);
        r.setStackTrace(t.getStackTrace());
        return r;
    }

    /** An exception of the chain, named but not quoted. */
    static final class Redacted extends RuntimeException {
        Redacted(String what, Throwable cause) {
            super(what, cause, false, true);
        }
    }
}
