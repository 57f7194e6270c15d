package org.highroad.subsidies.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Agreements as issued (the PDF's bytes and their SHA-256) and accepted; one per request version (a unique index). */
@Component
public class Agreements {

    private final JdbcTemplate jdbc;

    Agreements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void issue(long requestId, byte[] pdf, Instant at) {
        jdbc.update("insert into subsidy_agreement (request_id, document, sha256, issued_at) values (?, ?, ?, ?)", requestId, pdf,
                sha256(pdf), Timestamp.from(at));
    }

    public Optional<byte[]> document(long requestId) {
        return jdbc.queryForList("select document from subsidy_agreement where request_id = ?", byte[].class, requestId)
                .stream().findFirst();
    }

    /** The day the agreement was accepted; empty while it is not. */
    public Optional<LocalDate> acceptedOn(long requestId) {
        List<Date> days = jdbc.queryForList("select accepted_on from subsidy_agreement where request_id = ? and accepted_on is not null",
                Date.class, requestId);
        return days.stream().findFirst().map(Date::toLocalDate);
    }

    public boolean issued(long requestId) {
        return jdbc.queryForObject("select count(*) from subsidy_agreement where request_id = ?", Integer.class, requestId) > 0;
    }

    /** Records the acceptance once; false when it was accepted already. */
    public boolean accept(long requestId, String by, String wageCommitment, LocalDate on, Instant at) {
        return jdbc.update("update subsidy_agreement set accepted_by = ?, wage_commitment = ?, accepted_on = ?, accepted_at = ? "
                + "where request_id = ? and accepted_on is null", by, wageCommitment, Date.valueOf(on), Timestamp.from(at),
                requestId) == 1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
