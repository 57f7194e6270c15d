package org.highroad.payroll;

import java.io.InputStream;
import java.util.List;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.SortFields;
import org.highroad.platform.security.HighroadUser;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certified payroll submissions as they stand, for whoever may see them: agency staff every one, a contractor its own
 * (another's is answered as not found). Payrolls come in through {@link ReceivePayroll}, {@link CertifyNoWork} and
 * {@link RetryPayroll}.
 */
@Service
public class PayrollSubmissions {

    /** What the audit trail records payroll submissions under. */
    static final String SUBJECT = "payroll-submission";

    private final PayrollSubmissionRepository submissions;
    private final Contracts contracts;
    private final RawUploadStore uploads;

    PayrollSubmissions(PayrollSubmissionRepository submissions, Contracts contracts, RawUploadStore uploads) {
        this.submissions = submissions;
        this.contracts = contracts;
        this.uploads = uploads;
    }

    /** A submission's file exactly as it was sent: its checksum, size, how it came (CSV or JSON) and its bytes. */
    public record RawFile(long submissionId, String sha256, long size, String source, InputStream content) {
    }

    /**
     * The file of a submission as sent, for whoever may see the submission (another vendor's is not found); a week
     * certified without work has no file.
     */
    @Transactional(readOnly = true)
    public RawFile rawFile(long id, HighroadUser caller) {
        PayrollSubmission s = visible(id, caller);
        if (s.sha256() == null || s.source() == PayrollSubmission.Source.NO_WORK) {
            throw new NotFoundException("payroll submission " + id + " has no file");
        }
        return new RawFile(id, s.sha256(), s.sizeBytes(), s.source().name(), uploads.open(s.upload()));
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
    public PageView<SubmissionView> list(long contractId, HighroadUser caller, PageParams asked) {
        var query = asked.query(SORTS);
        contracts.get(contractId, caller);
        long vendor = caller.vendorId() != null && caller.mayActFor(caller.vendorId()) ? caller.vendorId() : -1;
        return PageView.of(submissions.pageOfContract(contractId, caller.isAgencyStaff(), vendor, query.pageable()))
                .map(s -> s.toView(false));
    }

    /** How a contract's payrolls may be sorted: by week, oldest first, by default. */
    public static final SortFields SORTS = SortFields.by(Sort.by("weekEnding"), "id").allow("weekEnding").allow("submittedAt")
            .allow("status").allow("vendorId").allow("id");
}
