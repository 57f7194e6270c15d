package org.highroad.payroll;

import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.platform.security.HighroadUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second half of every way a payroll comes in, once its submission is recorded RECEIVED (committed, with the raw
 * upload stored before it): processed under the week's lock, rows and ACCEPTED in one transaction or a rejection with
 * every error ({@link SubmissionIntake}); an accepted payroll is then checked and the week's review told, each in
 * transactions of their own ({@link PayrollFollowUp}); the submission is read back last, as it stands. Called outside
 * a transaction: each step commits before the next begins.
 */
@Component
class SubmissionSettlement {

    private final SubmissionIntake intake;
    private final PayrollFollowUp followUp;
    private final PayrollSubmissionRepository submissions;
    private final TransactionTemplate tx;

    SubmissionSettlement(SubmissionIntake intake, PayrollFollowUp followUp, PayrollSubmissionRepository submissions,
            PlatformTransactionManager transactions) {
        this.intake = intake;
        this.followUp = followUp;
        this.submissions = submissions;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Processes the submission unless it is settled, then follows an accepted one up (checks, the week's review). */
    SubmissionOutcome settle(SubmissionReceipts.Receipt receipt, RawUploadStore.StoredUpload upload, StatementOfCompliance statement,
            HighroadUser by) {
        SubmissionIntake.Processed processed = intake.process(receipt.id(), upload, statement, by);
        if (processed == SubmissionIntake.Processed.SETTLED) {
            followUp.settle(receipt.id());
        }
        return new SubmissionOutcome(tx.execute(status -> submissions.findById(receipt.id()).orElseThrow().toView(!receipt.created())),
                processed == SubmissionIntake.Processed.PROCESSING_ELSEWHERE);
    }
}
