package org.highroad.platform.process;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a process instance once per process and start key (usually its business key), for listeners that the event publication registry
 * may call more than once for the same event (after a failure, or when a node stopped before recording that the
 * listener had succeeded: ADR 0015). The key is a row of {@code process_start} written in the transaction that
 * starts the instance, so the primary key, not a query, decides: a second delivery writes no row and starts nothing;
 * two deliveries at the same moment on two nodes meet at the key, and the loser's transaction fails and is retried,
 * then finds the row.
 */
@Component
public class ProcessStarts {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessStarts(RuntimeService runtime, IdentityService identity, JdbcTemplate jdbc, Clock clock) {
        this.runtime = runtime;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Starts {@code processKey} with {@code businessKey} unless an instance was started for {@code onceKey} already
     * (the business key itself, when each business key starts one instance ever); {@code businessKey} null starts an
     * instance without one. Answers whether it started one. Runs in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean once(String processKey, String businessKey, String onceKey, Map<String, Object> variables) {
        int claimed = jdbc.update("insert into process_start (process_key, start_key, started_at) select ?, ?, ? "
                + "where not exists (select 1 from process_start where process_key = ? and start_key = ?)",
                processKey, onceKey, Timestamp.from(clock.instant()), processKey, onceKey);
        if (claimed == 0) {
            return false;
        }
        // Highroad starts the process, not the person whose action published the event: a listener after commit may run
        // while the engine still holds that person's authentication (a task completed in Tasklist), which grants no
        // process start. Inside the publisher's transaction the engine did not check it either (delegate code).
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            if (businessKey != null) {
                runtime.startProcessInstanceByKey(processKey, businessKey, variables);
            } else {
                runtime.startProcessInstanceByKey(processKey, variables);
            }
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
        return true;
    }

    /** {@link #once} for an instance whose business key starts it once ever. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean once(String processKey, String businessKey, Map<String, Object> variables) {
        return once(processKey, businessKey, businessKey, variables);
    }
}
