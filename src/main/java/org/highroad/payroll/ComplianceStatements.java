package org.highroad.payroll;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.domain.ComplianceStatementRecord;
import org.highroad.payroll.domain.ComplianceStatementRepository;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.payroll.statement.StatementView;
import org.highroad.payroll.wages.ApprenticeProgram;
import org.highroad.payroll.wages.FringePlans;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.IdempotencyKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statements of Compliance on file. A contractor on a contract (prime or subcontractor) files its own; the latest one
 * is in force and every payroll it submits afterwards is certified under it. Earlier statements stay.
 */
@Service
public class ComplianceStatements {

    static final String SUBJECT = "compliance-statement";

    private final ComplianceStatementRepository statements;
    private final Contracts contracts;
    private final AuditTrail audit;
    private final Clock clock;

    ComplianceStatements(ComplianceStatementRepository statements, Contracts contracts, AuditTrail audit, Clock clock) {
        this.statements = statements;
        this.contracts = contracts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StatementView file(long contractId, StatementOfCompliance statement, HighroadUser by) {
        return file(contractId, statement, by, null, null);
    }

    /** A statement filed from a form, and whether that form had filed it before. */
    public record Filed(StatementView statement, boolean before) {
    }

    /**
     * Files the statement of a form sent with its one-time token once: the same token again (a double click, Back and
     * send again) is the statement it filed first, unchanged. The token is kept unique with the statement, so two sends
     * at the same moment file one: the second's insert is refused by the database (a
     * {@link org.springframework.dao.DataIntegrityViolationException}, for the caller to ask again once the first
     * committed). A token of another contractor or contract is refused ({@link IdempotencyKey.Reused}).
     */
    @Transactional
    public Filed fileOnce(long contractId, StatementOfCompliance statement, HighroadUser by, IdempotencyKey token) {
        contracts.get(contractId, by);
        Optional<ComplianceStatementRecord> before = statements.findByFormToken(token.hash());
        if (before.isPresent()) {
            if (before.get().contractId() != contractId || by.vendorId() == null || before.get().vendorId() != by.vendorId()) {
                throw new IdempotencyKey.Reused("statement form");
            }
            if (!before.get().sameRequest(sha256(statement))) {
                // the same form sent again with other values (a figure corrected after a slow answer, Back and change):
                // the statement it filed first stands, and the change is not filed silently in its place nor dropped
                // silently: the sender is told (409), and files the change with a new form
                throw new AlreadyFiled(before.get().toView());
            }
            return new Filed(before.get().toView(), true);
        }
        return new Filed(file(contractId, statement, by, token.hash(), sha256(statement)), false);
    }

    /** A form's token (or an Idempotency-Key) that already filed a statement with other values: that one stands. */
    public static final class AlreadyFiled extends org.highroad.platform.errors.ConflictException {
        private final transient StatementView first;

        AlreadyFiled(StatementView first) {
            super("a Statement of Compliance was already filed with this form (statement " + first.id() + ") with other "
                    + "values; this one was not filed: to change the statement in force, file a new one with a new form");
            this.first = first;
        }

        public StatementView first() {
            return first;
        }
    }

    /** The statement as sent (its record's text: signatory, plans, programs, exceptions), hashed. */
    private static String sha256(StatementOfCompliance statement) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(statement.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private StatementView file(long contractId, StatementOfCompliance statement, HighroadUser by, String formToken,
            String requestSha256) {
        contracts.get(contractId, by);
        if (!by.has(Role.CONTRACTOR) || by.vendorId() == null) {
            throw new ConflictException(by.userId() + " is not a contractor user linked to a vendor");
        }
        ComplianceStatementRecord unsaved = new ComplianceStatementRecord(contractId, by.vendorId(), statement, by.userId(),
                clock.instant());
        unsaved.keepFormToken(formToken, requestSha256);
        ComplianceStatementRecord filed = statements.saveAndFlush(unsaved);
        audit.record(SUBJECT, filed.id(), "FILED", by.userId(), null, "contract " + contractId + ", signatory "
                + statement.signatoryName().strip() + " (" + statement.signatoryTitle().strip() + ")");
        return filed.toView();
    }

    /** Staff see every contractor's statements on the contract; a contractor its own. */
    @Transactional(readOnly = true)
    public List<StatementView> list(long contractId, HighroadUser caller) {
        contracts.get(contractId, caller);
        return statements.findByContractIdOrderByIdAsc(contractId).stream().map(ComplianceStatementRecord::toView)
                .filter(s -> caller.mayActFor(s.vendorId())).toList();
    }

    /** The statement in force for a contractor on a contract, if it has filed one. */
    @Transactional(readOnly = true)
    public Optional<InForce> inForce(long contractId, long vendorId) {
        return statements.findFirstByContractIdAndVendorIdOrderByIdDesc(contractId, vendorId)
                .map(s -> new InForce(s.id(), s.apprenticePrograms()));
    }

    /** The apprenticeship programs of a statement, as the wage check takes them. */
    @Transactional(readOnly = true)
    public List<ApprenticeProgram> programsOf(long statementId) {
        return statements.findById(statementId).map(ComplianceStatementRecord::apprenticePrograms).orElse(List.of());
    }

    /** The fringe plans of a statement, as far as they limit the plan credit the wage check credits. */
    @Transactional(readOnly = true)
    public FringePlans fringePlansOf(long statementId) {
        return statements.findById(statementId).map(ComplianceStatementRecord::fringePlans).orElse(FringePlans.NONE);
    }

    @Transactional(readOnly = true)
    public Optional<StatementView> get(long statementId) {
        return statements.findById(statementId).map(ComplianceStatementRecord::toView);
    }

    /** The statement a payroll is certified under, and the apprenticeship programs the wage check needs from it. */
    public record InForce(long id, List<ApprenticeProgram> programs) {
    }
}
