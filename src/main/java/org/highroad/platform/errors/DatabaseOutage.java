package org.highroad.platform.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (answered 503, try again) from an error in the data (a 4xx, or a defect): by
 * the exception types of a failed connection anywhere in the cause chain (JDBC, the connection pool, Spring
 * transactions; the engine and Hibernate wrap them) and by SQLSTATE classes that mean the server, not the statement,
 * failed (ISO/IEC 9075 and PostgreSQL Appendix A: 08 connection exception, 53 insufficient resources, 57P operator
 * intervention such as a shutdown, 58 system error). Class 54 (program limit exceeded) is left out: a value too large
 * for an index is a data error.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && serverFailure(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean serverFailure(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57P")
                || sqlState.startsWith("58"));
    }
}
