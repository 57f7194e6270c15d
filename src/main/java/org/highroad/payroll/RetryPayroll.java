package org.highroad.payroll;

import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmission.Source;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes again a submission that a technical failure left RECEIVED, from its stored raw upload (a no-work
 * statement has none): its contractor or an administrator asks. A submission already accepted or rejected is settled
 * and is not processed again. The accepted payroll whose checks or review notice did not finish is taken up by
 * {@link PayrollFollowUp} instead.
 */
@Service
public class RetryPayroll {

    private final PayrollSubmissionRepository submissions;
    private final SubmissionSettlement settlement;
    private final TransactionTemplate tx;

    RetryPayroll(PayrollSubmissionRepository submissions, SubmissionSettlement settlement, PlatformTransactionManager transactions) {
        this.submissions = submissions;
        this.settlement = settlement;
        this.tx = new TransactionTemplate(transactions);
    }

    public SubmissionOutcome retry(long id, HighroadUser by) {
        PayrollSubmission s = tx.execute(status -> submissions.findById(id).orElse(null));
        if (s == null || !by.has(Role.ADMIN) && !by.mayActFor(s.vendorId())) {
            throw new NotFoundException("no payroll submission " + id);
        }
        if (s.status() != PayrollSubmission.Status.RECEIVED) {
            throw new ConflictException("payroll submission " + id + " is " + s.status() + "; only one left RECEIVED is retried");
        }
        return settlement.settle(new SubmissionReceipts.Receipt(id, true), s.source() == Source.NO_WORK ? null : s.upload(), null, by);
    }
}
