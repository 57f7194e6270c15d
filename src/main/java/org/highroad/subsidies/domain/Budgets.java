package org.highroad.subsidies.domain;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A program's budget, held in SQL so that it is never over-committed: a reservation adds to the program row's
 * {@code reserved_total} only where the sum stays within the budget, in one UPDATE, which holds the row locked until
 * the transaction ends; an approval landing at the same moment waits for it, then sees the new total. The check
 * constraint {@code ck_subsidy_program_budget} refuses an over-commitment whatever writes the row, and the unique
 * {@code uq_subsidy_reservation_request} keeps one reservation per request version.
 */
@Component
public class Budgets {

    public static final String HELD = "HELD";
    public static final String RELEASED = "RELEASED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Budgets(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Reserves {@code amount} for the request; false when the budget has not that much left (nothing is written). */
    public boolean reserve(long programId, long requestId, BigDecimal amount) {
        int updated = jdbc.update("update subsidy_program set reserved_total = reserved_total + ? "
                + "where id = ? and reserved_total + ? <= budget", amount, programId, amount);
        if (updated == 0) {
            return false;
        }
        jdbc.update("insert into subsidy_reservation (request_id, program_id, amount, status, reserved_at) values (?, ?, ?, ?, ?)",
                requestId, programId, amount, HELD, Timestamp.from(clock.instant()));
        return true;
    }

    /** Releases what the request holds, once: a second release finds nothing held and changes nothing. */
    public BigDecimal release(long requestId) {
        List<BigDecimal> held = jdbc.queryForList("select amount from subsidy_reservation where request_id = ? and status = ? "
                + "for update", BigDecimal.class, requestId, HELD);
        if (held.isEmpty()) {
            return BigDecimal.ZERO;
        }
        jdbc.update("update subsidy_reservation set status = ?, released_at = ? where request_id = ? and status = ?", RELEASED,
                Timestamp.from(clock.instant()), requestId, HELD);
        jdbc.update("update subsidy_program set reserved_total = reserved_total - ? where id = "
                + "(select program_id from subsidy_reservation where request_id = ?)", held.get(0), requestId);
        return held.get(0);
    }

    /** Lowers what the request holds to {@code amount} (a reduction), releasing the difference to the program. */
    public BigDecimal reduce(long requestId, BigDecimal amount) {
        List<BigDecimal> held = jdbc.queryForList("select amount from subsidy_reservation where request_id = ? and status = ? "
                + "for update", BigDecimal.class, requestId, HELD);
        if (held.isEmpty() || held.get(0).compareTo(amount) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal freed = held.get(0).subtract(amount);
        jdbc.update("update subsidy_reservation set amount = ? where request_id = ?", amount, requestId);
        jdbc.update("update subsidy_program set reserved_total = reserved_total - ? where id = "
                + "(select program_id from subsidy_reservation where request_id = ?)", freed, requestId);
        return freed;
    }

    public BigDecimal held(long requestId) {
        return jdbc.queryForList("select amount from subsidy_reservation where request_id = ? and status = ?", BigDecimal.class,
                requestId, HELD).stream().findFirst().orElse(BigDecimal.ZERO);
    }

    public BigDecimal reservedTotal(long programId) {
        return jdbc.queryForObject("select reserved_total from subsidy_program where id = ?", BigDecimal.class, programId);
    }
}
