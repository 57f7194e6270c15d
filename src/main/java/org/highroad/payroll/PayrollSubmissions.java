package org.highroad.payroll;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Certified payroll intake. Order matters: the raw upload is stored and the submission recorded (committed) before
 * anything is parsed, so a rejected file keeps its raw content and every error; the rows and the ACCEPTED status are
 * then written in one transaction under the week's lock, or nothing is ({@link SubmissionIntake}). The same file sent
 * twice, also at the same moment, is the same submission ({@link SubmissionReceipts}); an accepted correction supersedes the
 * week's earlier one. An accepted payroll is then checked and the week's review process told ({@link PayrollFollowUp}).
 * A payroll is certified under the contractor's Statement of Compliance on file; one may be filed with the payroll.
 */
@Service
public class PayrollSubmissions {

    static final String SUBJECT = "payroll-submission";

    private final PayrollSubmissionRepository submissions;
    private final RawUploadStore store;
    private final Contracts contracts;
    private final ComplianceStatements statements;
    private final SubmissionReceipts receipts;
    private final SubmissionIntake intake;
    private final PayrollFollowUp followUp;
    private final TransactionTemplate tx;
    private final Clock clock;

    PayrollSubmissions(PayrollSubmissionRepository submissions, RawUploadStore store, Contracts contracts,
            ComplianceStatements statements, SubmissionReceipts receipts, SubmissionIntake intake, PayrollFollowUp followUp,
            PlatformTransactionManager transactions, Clock clock) {
        this.submissions = submissions;
        this.store = store;
        this.contracts = contracts;
        this.statements = statements;
        this.receipts = receipts;
        this.intake = intake;
        this.followUp = followUp;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * How a request ended: the submission as it stands, and whether another request is still processing it (the
     * week stayed busy longer than intake waits; answered 202, read it again later).
     */
    public record Outcome(SubmissionView submission, boolean processingElsewhere) {
    }

    /**
     * A CSV ({@link Source#CSV}) or JSON ({@link Source#JSON}) payroll; {@code statement} (may be {@code null}) is a
     * Statement of Compliance sent with it (multipart part). A JSON body may carry its own {@code statement} member.
     */
    public Outcome submit(long contractId, LocalDate weekEnding, Source source, InputStream body, StatementOfCompliance statement,
            HighroadUser by) {
        long vendor = contractorOn(contractId, weekEnding, by);
        RawUploadStore.StoredUpload upload = store.store(body);
        SubmissionReceipts.Receipt receipt = receipts.receive(contractId, vendor, weekEnding, upload.sha256(), () -> new PayrollSubmission(
                contractId, vendor, weekEnding, source, upload.sha256(), upload.size(), upload.path().toString(), by.userId(),
                clock.instant()));
        return settle(receipt, upload, statement, by);
    }

    /** A week without work on the contract: counts as the week's report; a correction of an earlier payroll if one exists. */
    public Outcome noWork(long contractId, LocalDate weekEnding, String reason, HighroadUser by) {
        long vendor = contractorOn(contractId, weekEnding, by);
        Long statement = statements.inForce(contractId, vendor).map(ComplianceStatements.InForce::id)
                .orElseThrow(() -> new InvalidInputException("statement", "file a Statement of Compliance for contract "
                        + contractId + " before certifying a no-work week"));
        // the same statement for the same week is the same submission, like the same file
        String sha = FindingStore.fingerprint("no-work", contractId, vendor, weekEnding, reason);
        SubmissionReceipts.Receipt receipt = receipts.receive(contractId, vendor, weekEnding, sha, () -> PayrollSubmission.noWork(
                contractId, vendor, weekEnding, reason, statement, sha, by.userId(), clock.instant()));
        return settle(receipt, null, null, by);
    }

    /** Processes again a submission left RECEIVED by a technical failure, from its stored raw upload. */
    public Outcome retry(long id, HighroadUser by) {
        PayrollSubmission s = tx.execute(status -> submissions.findById(id).orElse(null));
        if (s == null || !by.has(Role.ADMIN) && !by.mayActFor(s.vendorId())) {
            throw new NotFoundException("no payroll submission " + id);
        }
        if (s.status() != PayrollSubmission.Status.RECEIVED) {
            throw new ConflictException("payroll submission " + id + " is " + s.status() + "; only one left RECEIVED is retried");
        }
        return settle(new SubmissionReceipts.Receipt(id, true), s.source() == Source.NO_WORK ? null : s.upload(), null, by);
    }

    /** Processes the submission unless it is settled, then follows an accepted one up (checks, the week's review). */
    private Outcome settle(SubmissionReceipts.Receipt receipt, RawUploadStore.StoredUpload upload, StatementOfCompliance statement,
            HighroadUser by) {
        SubmissionIntake.Processed processed = intake.process(receipt.id(), upload, statement, by);
        if (processed == SubmissionIntake.Processed.SETTLED) {
            followUp.settle(receipt.id());
        }
        return new Outcome(tx.execute(status -> submissions.findById(receipt.id()).orElseThrow().toView(!receipt.created())),
                processed == SubmissionIntake.Processed.PROCESSING_ELSEWHERE);
    }

    @Transactional(readOnly = true)
    public SubmissionView get(long id, HighroadUser caller) {
        return visible(id, caller).toView(false);
    }

    PayrollSubmission visible(long id, HighroadUser caller) {
        PayrollSubmission s = submissions.findById(id).orElseThrow(() -> new NotFoundException("no payroll submission " + id));
        if (!caller.mayActFor(s.vendorId())) {
            throw new NotFoundException("no payroll submission " + id);
        }
        return s;
    }

    /** Staff see every submission of the contract; a contractor its own. */
    @Transactional(readOnly = true)
    public List<SubmissionView> list(long contractId, HighroadUser caller) {
        contracts.get(contractId, caller);
        return submissions.findByContractIdOrderByWeekEndingAscIdAsc(contractId).stream()
                .filter(s -> caller.mayActFor(s.vendorId())).map(s -> s.toView(false)).toList();
    }

    /**
     * Only a contractor on the contract submits, only for a week its payroll calendar expects, and only once that week
     * has ended: the weekly statement covers "the preceding weekly payroll period" (29 CFR 3.3(b)) and certifies that
     * each worker "has been paid the full weekly wages earned" (29 CFR 5.5(a)(3)(ii)(B)), which nobody can certify for
     * hours not yet worked. A week ends with its last day, the week ending date, in the agency's time zone (the
     * application clock's): its payroll is taken from the next day on.
     */
    private long contractorOn(long contractId, LocalDate weekEnding, HighroadUser by) {
        if (!by.has(Role.CONTRACTOR) || by.vendorId() == null) {
            throw new ConflictException(by.userId() + " is not a contractor user linked to a vendor");
        }
        boolean expected = contracts.payrollCalendar(contractId, by).stream()
                .anyMatch(w -> w.vendorId().equals(by.vendorId()) && w.weekEnding().equals(weekEnding));
        if (!expected) {
            throw new InvalidInputException("weekEnding", weekEnding + " is not a week the contract's payroll calendar expects from your company");
        }
        if (!weekEnding.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("weekEnding", "the week ending " + weekEnding + " has not ended yet: its certified "
                    + "payroll is taken from the day after its last day, " + weekEnding.plusDays(1));
        }
        return by.vendorId();
    }
}
