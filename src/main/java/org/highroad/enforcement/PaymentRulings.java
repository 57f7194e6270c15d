package org.highroad.enforcement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.highroad.enforcement.domain.CaseLedgerRecord;
import org.highroad.enforcement.domain.CaseLedgerRepository;
import org.highroad.enforcement.domain.CaseResponse;
import org.highroad.enforcement.domain.CaseResponseRepository;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.ledger.LedgerEntry;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The auditor's ruling on each restitution payment a verification takes in: accepted, or refused with the reason the
 * contractor reads (a check that bounced, a payment to the wrong worker, no proof). The agency checks that back wages
 * were paid before it accepts them as paid: 29 CFR 5.5(a)(3) and 5.6 (the agency's duty to check payrolls and
 * payment), and HUD "Making Davis-Bacon Work" (restitution is proved by proof of payment the agency accepts).
 *
 * <p>Rules: a verification rules on the payments of the responses it takes in (not yet taken in by an earlier one, and
 * up to the last response when its task was created), every one accepted unless the auditor refuses it; a payment is
 * ruled on once (V87's unique key, with the case's row locked while ruling), so a payment of an earlier verification,
 * or of a response the verification does not take in, cannot be ruled on. What a refusal means for the figures is
 * {@link PaymentVerdicts}'s (one definition).
 */
@Component
public class PaymentRulings {

    /** A refusal's reason says why, for the contractor to read: at least {@value} characters. */
    static final int MIN_REASON = Answers.MIN_REASON;
    /** At most {@value} characters (V87's column). */
    static final int MAX_REASON = 500;

    /** The auditor refuses one payment (the ledger entry's number, as the verification task lists it) for a reason. */
    public record Refusal(long payment, String reason) {
    }

    /** A payment's ruling: refused (with its reason) or accepted, by whom and when. */
    public record Ruling(long payment, long caseId, boolean refused, String reason, String by, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final CaseLedgerRepository lines;
    private final CaseResponseRepository responses;
    private final ComplianceCaseRepository cases;
    private final Clock clock;

    PaymentRulings(JdbcTemplate jdbc, CaseLedgerRepository lines, CaseResponseRepository responses,
            ComplianceCaseRepository cases, Clock clock) {
        this.jdbc = jdbc;
        this.lines = lines;
        this.responses = responses;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * The refusals as the verification task's answer carries them (its {@code refusedPayments} field): one a line, the
     * payment's number, a colon, the reason. Line breaks in a reason are made spaces.
     */
    public static String answer(List<Refusal> refusals) {
        return refusals == null ? "" : refusals.stream().map(r -> r.payment() + ": " + (r.reason() == null ? ""
                : r.reason().replaceAll("\\s+", " ").strip())).collect(Collectors.joining("\n"));
    }

    /**
     * The refusals an answer names ({@link #answer}); a line that is not "number: reason" is refused (422 at
     * {@code field}). A blank answer refuses nothing: every payment is accepted.
     */
    public static List<Refusal> parse(String answer, String field) {
        List<Refusal> out = new ArrayList<>();
        if (answer == null || answer.isBlank()) {
            return out;
        }
        for (String line : answer.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*#?(\\d{1,18})\\s*:(.*)$").matcher(line);
            if (!m.matches()) {
                throw new InvalidInputException(field, "each line names one payment refused: its number, a colon and "
                        + "the reason the contractor reads (\"12: the check did not clear\"), not \"" + shortened(line) + "\"");
            }
            out.add(new Refusal(Long.parseLong(m.group(1)), m.group(2).strip()));
        }
        return out;
    }

    private static String shortened(String s) {
        String t = s.strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    /**
     * The payments (ledger entry ids) the verification now open takes in: those of the responses not yet taken in by a
     * verification, up to {@code throughResponse} (the last response when its task was created; none when null).
     */
    @Transactional(readOnly = true)
    public List<Long> takenIn(long caseId, Long throughResponse) {
        Set<Long> responseIds = responses.findByCaseIdAndVerifiedAtIsNull(caseId).stream().map(CaseResponse::id)
                .filter(id -> throughResponse != null && id <= throughResponse).collect(Collectors.toSet());
        return lines.findByCaseIdOrderById(caseId).stream().filter(r -> r.entry() instanceof LedgerEntry.Paid
                && r.responseId() != null && responseIds.contains(r.responseId())).map(CaseLedgerRecord::id).toList();
    }

    /**
     * Checks the refusals against what this verification takes in: a payment ruled on already is a conflict (409); one
     * not taken in by it (another case's, an entry that is no payment, a payment not yet sent or already verified),
     * a payment named twice, or a reason too short or too long are refused at the refusal's field (422,
     * {@code refusals[i].payment} or {@code refusals[i].reason}).
     *
     * <p>Not a transaction of its own: the verification task's delegate catches a refusal here to send the task back to
     * the auditor with why, in the engine's transaction, which a refusal leaving a transactional method would have
     * marked to roll back (and the auditor would have read an error instead).
     */
    public void check(long caseId, Long throughResponse, List<Refusal> refusals) {
        if (refusals == null || refusals.isEmpty()) {
            return;
        }
        Map<Long, Ruling> ruled = of(refusals.stream().map(Refusal::payment).toList());
        for (Refusal r : refusals) {
            Ruling earlier = ruled.get(r.payment());
            if (earlier != null && earlier.caseId() == caseId) {
                throw new ConflictException("payment " + r.payment() + " was already ruled on, by a verification of "
                        + earlier.at().atZone(java.time.ZoneOffset.UTC).toLocalDate() + ": a payment is ruled on once");
            }
        }
        Set<Long> takenIn = new HashSet<>(takenIn(caseId, throughResponse));
        List<Violation> violations = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        for (int i = 0; i < refusals.size(); i++) {
            Refusal r = refusals.get(i);
            String at = "refusals[" + i + "]";
            if (!takenIn.contains(r.payment())) {
                violations.add(new Violation(at + ".payment", "payment " + r.payment() + " is not one this verification "
                        + "takes in: only the payments of the responses it verifies can be refused"));
            } else if (!named.add(r.payment())) {
                violations.add(new Violation(at + ".payment", "payment " + r.payment() + " is named twice"));
            }
            if (r.reason() == null || r.reason().strip().length() < MIN_REASON) {
                violations.add(new Violation(at + ".reason", "say why payment " + r.payment() + " is refused (at least "
                        + MIN_REASON + " characters): the contractor reads it"));
            } else if (r.reason().strip().length() > MAX_REASON) {
                violations.add(new Violation(at + ".reason", "at most " + MAX_REASON + " characters"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * Rules on every payment this verification ({@code verificationId}) takes in, with the case's row locked: refused
     * those named (after {@link #check}), accepted the others. Returns the payments refused.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = {InvalidInputException.class, ConflictException.class})
    public List<Long> rule(long caseId, long verificationId, Long throughResponse, List<Refusal> refusals, String by) {
        cases.lockById(caseId); // two verifications at once rule one after the other: the later finds the rulings made
        List<Refusal> refused = refusals == null ? List.of() : refusals;
        check(caseId, throughResponse, refused);
        Map<Long, String> reasons = new HashMap<>();
        refused.forEach(r -> reasons.put(r.payment(), r.reason().strip()));
        List<Long> payments = takenIn(caseId, throughResponse);
        Map<Long, Ruling> earlier = of(payments);
        if (!earlier.isEmpty()) {
            throw new ConflictException("payments " + earlier.keySet() + " were already ruled on: a payment is ruled on once");
        }
        Timestamp at = Timestamp.from(clock.instant());
        for (Long payment : payments) {
            String reason = reasons.get(payment);
            jdbc.update("insert into payment_ruling (case_id, ledger_entry_id, verification_id, refused, reason, ruled_by, "
                    + "ruled_at) values (?, ?, ?, ?, ?, ?, ?)", caseId, payment, verificationId, reason != null, reason, by, at);
        }
        return refused.stream().map(Refusal::payment).toList();
    }

    /** The rulings on these payments (ledger entry ids), by payment; payments not ruled on are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Ruling> of(Collection<Long> payments) {
        return rulings("ledger_entry_id in", payments);
    }

    /** The payments of these cases a verification refused, with their rulings, by payment (ledger entry id). */
    @Transactional(readOnly = true)
    public Map<Long, Ruling> refusedIn(Collection<Long> caseIds) {
        return rulings("refused = true and case_id in", caseIds);
    }

    /**
     * The rulings {@code where} (a fixed condition of this class, ending with a column and {@code in}) holds for these
     * ids, by payment: one parameter an id, however often the caller names it (a payment named twice is refused by
     * {@link #check}).
     */
    private Map<Long, Ruling> rulings(String where, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Set<Long> distinct = new LinkedHashSet<>(ids);
        String in = distinct.stream().map(p -> "?").collect(Collectors.joining(", "));
        Map<Long, Ruling> out = new HashMap<>();
        jdbc.query("select ledger_entry_id, case_id, refused, reason, ruled_by, ruled_at from payment_ruling where "
                + where + " (" + in + ")", rs -> {
                    out.put(rs.getLong(1), new Ruling(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getString(4),
                            rs.getString(5), rs.getTimestamp(6).toInstant()));
                }, distinct.toArray());
        return out;
    }
}
