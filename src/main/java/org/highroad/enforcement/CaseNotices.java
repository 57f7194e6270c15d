package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ReportingTerms;
import org.highroad.documents.Block;
import org.highroad.documents.Document;
import org.highroad.documents.IssuedDocuments;
import org.highroad.documents.PdfRenderer;
import org.highroad.documents.Section;
import org.highroad.enforcement.domain.CaseNotice;
import org.highroad.enforcement.domain.CaseNoticeRepository;
import org.highroad.enforcement.domain.CaseStep;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.domain.SubsidyRecoveries;
import org.highroad.enforcement.ledger.RestitutionLedger;
import org.highroad.enforcement.ledger.WorkerBalance;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.highroad.vendors.VendorRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices of non-compliance: to the contractor and, for a subcontractor, to the prime, which is
 * liable for its subcontractors' workers (29 CFR 5.5(a)(6)). A notice names the confirmed findings, the restitution
 * owed per worker and the cure date: the contract's cure period in business days (Schedule C, "Cure period") counted
 * from the day of the notice in the calendar of the contract's agency, its holidays and the US federal ones (5 U.S.C.
 * 6103) excluded ({@link CaseCalendar}). A finding confirmed after a notice is put in an amended notice, and the cure
 * period runs again from it. Notices are written in English ({@link #LANGUAGE}).
 *
 * <p>A correction payroll is demanded only for a worker owed restitution of more than the contract's restitution
 * threshold in force on the day of the notice (Schedule C, "Correction payroll above"; HUD "Making Davis-Bacon Work":
 * more than $10 per worker, {@link ReportingTerms#correctionPayrollRequired}). At or below it the restitution is owed
 * and recorded on the ledger all the same, and the notice says the correction payroll is optional.
 */
@Service
public class CaseNotices {

    /** The language notices are written in, and their amounts for. */
    static final Locale LANGUAGE = Locale.US;
    private static final String ISSUER = HighroadUser.WORKFLOW_ID;
    /** Who reads the contract's title for a notice: the agency's side, which sees every contract. */
    private static final HighroadUser READER = HighroadUser.workflowAs(org.highroad.platform.security.Role.AUDITOR);

    /** The ledger a notice was issued on when the case had no entry yet: entry ids start at 1. */
    private static final long NO_LEDGER_ENTRY = 0L;
    /** The kind notices are kept under as issued ({@link IssuedDocuments}). */
    static final String DOCUMENT_KIND = "case-notice";

    private final ComplianceCaseRepository cases;
    private final CaseNoticeRepository notices;
    private final CaseSteps steps;
    private final CaseLedgers ledgers;
    private final CaseCalendar calendar;
    private final PayrollResults payroll;
    private final Contracts contracts;
    private final VendorRegistry vendors;
    private final SubsidyRecoveries recoveries;
    private final PdfRenderer renderer;
    private final IssuedDocuments documents;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String publicBaseUrl;

    CaseNotices(ComplianceCaseRepository cases, CaseNoticeRepository notices, CaseSteps steps, CaseLedgers ledgers,
            CaseCalendar calendar, PayrollResults payroll, Contracts contracts, VendorRegistry vendors,
            SubsidyRecoveries recoveries, PdfRenderer renderer, IssuedDocuments documents, AuditTrail audit, Clock clock,
            ApplicationEventPublisher events,
            @org.springframework.beans.factory.annotation.Value("${highroad.public-base-url:}") String publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip().replaceAll("/+$", "");
        this.recoveries = recoveries;
        this.documents = documents;
        this.cases = cases;
        this.notices = notices;
        this.steps = steps;
        this.ledgers = ledgers;
        this.calendar = calendar;
        this.payroll = payroll;
        this.contracts = contracts;
        this.vendors = vendors;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A notice as listed on the case.
     *
     * @param restitutionThreshold      the contract's restitution per worker above which a correction payroll is required
     * @param correctionPayrollRequired whether a worker was owed more than the threshold when the notice was issued;
     *                                  otherwise the correction payroll is optional (the restitution is owed all the same)
     */
    public record NoticeView(long id, int sequenceNo, List<Long> addressedTo, BigDecimal amountOwed, List<Long> findingIds,
            LocalDate cureDue, int cureBusinessDays, java.time.Instant issuedAt, String pdf, BigDecimal restitutionThreshold,
            boolean correctionPayrollRequired, List<LocalDate> payrollsMissing, List<LocalDate> payrollsLate) {
    }

    /**
     * The weeks of a notice's late-report findings, as they stood when it was issued: those whose certified payroll
     * was still not on file (the notice asks for them) and those whose payroll had come in late by then (the notice
     * names them as late and asks nothing more: a payroll filed again would only be a correction of it). A week's
     * payroll is due weekly, 29 CFR 5.5(a)(3)(ii).
     */
    record LateWeeks(List<LocalDate> missing, List<LocalDate> late) {
    }

    private LateWeeks lateWeeks(ComplianceCase c, CaseNotice n, List<FindingView> findings) {
        List<LocalDate> weeks = findings.stream().filter(f -> "LATE_REPORT".equals(f.kind())).map(FindingView::weekEnding)
                .filter(w -> w != null).distinct().sorted().toList();
        List<LocalDate> missing = new ArrayList<>();
        List<LocalDate> late = new ArrayList<>();
        for (LocalDate week : weeks) {
            (payroll.hadPayrollOnFile(c.contractId(), c.vendorId(), week, n.issuedAt()) ? late : missing).add(week);
        }
        return new LateWeeks(List.copyOf(missing), List.copyOf(late));
    }

    /** Issues the notice for the confirmed findings not yet noticed; returns the cure date. */
    @Transactional
    public LocalDate issue(long caseId) {
        ComplianceCase c = cases.require(caseId);
        List<Long> findings = c.confirmedUnnoticed();
        if (findings.isEmpty()) {
            throw new IllegalStateException("case " + caseId + " has no confirmed finding to notice");
        }
        LocalDate today = LocalDate.now(clock);
        CaseCalendar.CurePeriod cure = calendar.cureOfNotice(c, today);
        int days = cure.businessDays();
        LocalDate due = cure.due();
        List<Long> to = c.vendorId() == c.primeVendorId() ? List.of(c.vendorId()) : List.of(c.vendorId(), c.primeVendorId());
        BigDecimal owed = ledgers.stillOwed(caseId);
        int sequence = notices.findByCaseIdOrderById(caseId).size() + 1;
        CaseNotice notice = new CaseNotice(caseId, sequence, to, owed, findings, due, days, clock.instant(), ISSUER);
        // the ledger as it stands now, re-read later as it stood: entry 0 when it is still empty, so the notice keeps
        // showing nothing owed (and no correction payroll) once restitution is confirmed after it; null is kept for
        // notices issued before the ledger was recorded with them, which show the ledger as it stands
        Long through = ledgers.lastEntryId(caseId);
        notice.issuedOnLedgerThrough(through == null ? NO_LEDGER_ENTRY : through);
        notice = notices.saveAndFlush(notice);
        // the notice as sent, kept byte for byte: served as it was whatever the ledger or the names become
        documents.issue(DOCUMENT_KIND, notice.id(), renderer.render(document(c, notice)));
        c.noticed(notice.id(), findings, due);
        c.nextCheck(due);
        steps.record(caseId, CaseStep.Kind.NOTICE, sequence == 1 ? "ISSUED" : "AMENDED", owed,
                (c.aboutSubsidy() ? "Notice of subsidy recovery " : "Notice of non-compliance ") + sequence + " to vendor(s) " + to + " for finding(s) " + findings,
                "cure by " + due + " (" + days + " business days, " + (c.aboutSubsidy() ? "the program's standard" : "contract Schedule C")
                        + ")", ISSUER);
        audit.record(ComplianceCases.SUBJECT, caseId, sequence == 1 ? "NOTICE ISSUED" : "AMENDED NOTICE ISSUED", ISSUER, null,
                "notice " + sequence + " to vendor(s) " + to + ", restitution owed " + owed + ", cure by " + due);
        events.publishEvent(new CaseNoticeIssued(caseId, c.contractId(), c.subsidyRequestId(), notice.id(), sequence, to, due));
        return due;
    }

    @Transactional(readOnly = true)
    public List<NoticeView> list(long caseId) {
        ComplianceCase c = cases.require(caseId);
        return notices.findByCaseIdOrderById(caseId).stream().map(n -> {
            if (c.aboutSubsidy()) { // owed to the program: no worker, no correction payroll
                return new NoticeView(n.id(), n.sequenceNo(), n.addressedTo(), n.amountOwed(), n.findingIds(), n.cureDue(),
                        n.cureDays(), n.issuedAt(), "/api/cases/" + caseId + "/notices/" + n.id() + "/pdf", null, false,
                        List.of(), List.of());
            }
            ReportingTerms terms = termsOf(c, n);
            boolean required = ledgers.asOf(caseId, n.ledgerThrough()).workers().stream()
                    .anyMatch(w -> terms.correctionPayrollRequired(w.owed()));
            LateWeeks weeks = lateWeeks(c, n, payroll.findingsByIds(n.findingIds()));
            return new NoticeView(n.id(), n.sequenceNo(), n.addressedTo(), n.amountOwed(), n.findingIds(), n.cureDue(),
                    n.cureDays(), n.issuedAt(), "/api/cases/" + caseId + "/notices/" + n.id() + "/pdf",
                    terms.restitutionThreshold(), required, weeks.missing(), weeks.late());
        }).toList();
    }

    /** The contract's reporting terms in force on the day the notice was issued. */
    private ReportingTerms termsOf(ComplianceCase c, CaseNotice n) {
        return contracts.ruleBook(c.contractId()).reporting(n.issuedAt().atZone(clock.getZone()).toLocalDate());
    }

    /**
     * The notice as a PDF, as it was sent: the document kept when it was issued. A notice issued before documents were
     * kept is rendered from what was recorded when it was issued, once, and kept from then on.
     */
    @Transactional(readOnly = true)
    public byte[] pdf(ComplianceCase c, long noticeId) {
        CaseNotice n = notices.findById(noticeId).filter(x -> x.caseId() == c.id())
                .orElseThrow(() -> new NotFoundException("no notice " + noticeId + " in case " + c.id()));
        return documents.asIssued(DOCUMENT_KIND, n.id(), () -> renderer.render(document(c, n)));
    }

    private Document document(ComplianceCase c, CaseNotice n) {
        if (c.aboutSubsidy()) {
            return recoveryDocument(c, n);
        }
        String contractor = vendors.legalName(c.vendorId());
        List<Section> sections = new ArrayList<>();
        // the contractor by its name and the contract by its title and number, as the contractor knows them
        StringBuilder to = new StringBuilder("To: " + contractor);
        if (c.vendorId() != c.primeVendorId()) {
            to.append("\nTo: ").append(vendors.legalName(c.primeVendorId()))
                    .append(", prime contractor, which is liable for its subcontractor's workers (29 CFR 5.5(a)(6))");
        }
        to.append("\nContract: ").append(contracts.get(c.contractId(), READER).title()).append(", no. ").append(c.contractId())
                .append("\nCompliance case: ").append(c.id())
                .append("\nIssued: ").append(inWords(n.issuedAt().atZone(clock.getZone()).toLocalDate()));
        sections.add(new Section("Notice", List.of(new Block.Paragraph(to.toString()))));
        List<FindingView> findings = payroll.findingsByIds(n.findingIds());
        sections.add(new Section("Confirmed findings", List.of(new Block.Table(List.of("Finding", "Week ending", "Worker", "What",
                "Owed", "Rule"), findings.stream().map(f -> List.of(String.valueOf(f.id()), inWords(f.weekEnding()),
                        f.workerRef() == null ? "—" : f.workerRef(), f.kind().replace('_', ' ').toLowerCase(Locale.ROOT),
                        f.amountOwed() == null ? "—" : dollars(f.amountOwed()), f.ruleCited())).toList(),
                List.of(0.8f, 1.1f, 0.8f, 1.6f, 1f, 3f)))));
        RestitutionLedger ledger = ledgers.asOf(c.id(), n.ledgerThrough()); // as it stood when the notice was issued
        List<WorkerBalance> owing = ledger.workers().stream().filter(w -> w.outstanding().signum() > 0).toList();
        ReportingTerms terms = termsOf(c, n);
        String threshold = dollars(terms.restitutionThreshold());
        sections.add(new Section("Restitution owed", List.of(new Block.Paragraph("Total restitution owed to workers: "
                + dollars(n.amountOwed()) + " as of this notice. A correction payroll is required for a worker owed more "
                + "than " + threshold + " (contract Schedule C); at or below it the restitution is owed all the same and "
                + "the correction payroll is optional."), new Block.Table(List.of("Worker", "Owed", "Paid", "Outstanding",
                "Correction payroll"), owing.stream().map(w -> List.of(w.workerRef(), dollars(w.owed()), dollars(w.paid()),
                dollars(w.outstanding()), terms.correctionPayrollRequired(w.owed()) ? "required" : "optional")).toList(),
                null))));
        boolean correctionRequired = ledger.workers().stream().anyMatch(w -> terms.correctionPayrollRequired(w.owed()));
        String correction = correctionRequired ? "submit a correction payroll for each worker owed more than " + threshold
                : "a correction payroll is optional, as no worker is owed more than " + threshold;
        // only the weeks still missing when the notice is issued are asked for; those received late are named as late
        LateWeeks weeks = lateWeeks(c, n, findings);
        String payrolls = weeks.missing().isEmpty() ? "" : "submit the certified payroll for " + weeksEnding(weeks.missing())
                + " (29 CFR 5.5(a)(3)(ii): weekly, with the Statement of Compliance); ";
        if (!weeks.late().isEmpty()) {
            boolean one = weeks.late().size() == 1;
            sections.add(new Section("Payrolls received late", List.of(new Block.Paragraph("The certified payroll for "
                    + weeksEnding(weeks.late()) + (one ? " was" : " were") + " received after " + (one ? "its" : "their")
                    + " due date (29 CFR 5.5(a)(3)(ii): weekly). " + (one ? "It is" : "They are") + " on file: do not send "
                    + (one ? "it" : "them") + " again, and file each payroll by its due date from now on."))));
        }
        sections.add(new Section("What you must do", List.of(new Block.Paragraph("Cure by " + inWords(n.cureDue()) + " ("
                + n.cureDays() + " business days from this notice, contract Schedule C): " + payrolls + "pay each worker the restitution "
                + "above and send proof of payment, " + correction + ", and send a corrective action plan. "
                + whereToRespond(c.id(), "each of these") + " If the violations are not cured by then, the "
                + "Agency may " + withholding(n.amountOwed(), !weeks.missing().isEmpty()) + "assess fines per violation "
                + "per day up to the contract's cap, and refer the contractor for debarment (29 CFR 5.12)."))));
        return new Document("Notice of non-compliance" + (n.sequenceNo() > 1 ? " (amended)" : ""), contractor,
                "Case " + c.id() + ", notice " + n.sequenceNo(), sections, List.of("For the Agency: compliance auditor"));
    }

    /**
     * What the notice says the Agency may withhold if the case is not cured: the restitution still owed as of the notice,
     * by its amount (the notice's "Total restitution owed"), and no more: 29 CFR 5.9 and 29 CFR 5.5(a)(2) let the agency
     * withhold what "may be considered necessary to satisfy the liabilities" (the ceiling {@link
     * RestitutionLedger#withholdingRefusal} enforces). With nothing owed, only the payments of the missing certified
     * payrolls may be suspended (29 CFR 5.5(a)(3)(iv)), or nothing is said of withholding.
     */
    static String withholding(BigDecimal owed, boolean payrollsMissing) {
        if (owed != null && owed.signum() > 0) {
            return "withhold from payments due the restitution still owed, at most " + dollars(owed) + " (what is owed as "
                    + "of this notice, less any payment the Agency accepts by then; 29 CFR 5.5(a)(2), 29 CFR 5.9), ";
        }
        return payrollsMissing ? "suspend payments due until the missing certified payrolls are submitted "
                + "(29 CFR 5.5(a)(3)(iv)), " : "";
    }

    /**
     * A notice of subsidy recovery: the employer owes the program what it was reimbursed under the training agreement
     * on the ground found (each ground's rule cited), to be repaid by the cure date; uncured, the debt is collected by
     * offset against payments due and the employer may be referred (2 CFR 200.346; 2 CFR 180 for debarment).
     */
    private Document recoveryDocument(ComplianceCase c, CaseNotice n) {
        String employer = vendors.legalName(c.vendorId());
        List<org.highroad.enforcement.SubsidyRecovery> found = recoveries.byIds(n.findingIds());
        org.highroad.enforcement.SubsidyRecovery first = found.get(0);
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Notice", List.of(new Block.Paragraph("To: " + employer + ", employer\nProgram: " + first.programName() + " (" + first.payee() + ")\nAgreement: " + first.agreement()
                + "\nCompliance case: " + c.id() + "\nIssued: " + inWords(n.issuedAt().atZone(clock.getZone()).toLocalDate())))));
        sections.add(new Section("Subsidy to recover", List.of(new Block.Table(List.of("Finding", "Ground", "Hire", "Amount",
                "What was found", "Rule"), found.stream().map(r -> List.of(String.valueOf(r.id()),
                        r.ground().replace('_', ' ').toLowerCase(Locale.ROOT), r.workerRef() == null ? "all hires" : r.workerRef(),
                        dollars(r.amount()), r.detail(), r.ruleCited())).toList(), List.of(0.7f, 1.1f, 0.8f, 1f, 2.6f, 2.8f)))));
        RestitutionLedger ledger = ledgers.asOf(c.id(), n.ledgerThrough());
        sections.add(new Section("Amount to repay", List.of(new Block.Paragraph("Total to repay to the program "
                + first.programName() + ": " + dollars(n.amountOwed()) + " as of this notice (repaid so far: "
                + dollars(ledger.totals().paid()) + ")."))));
        sections.add(new Section("What you must do", List.of(new Block.Paragraph("Repay by " + inWords(n.cureDue()) + " ("
                + n.cureDays() + " business days from this notice, the program's standard): record the repayment with its "
                + "evidence (a check number or transfer reference) as a payment to " + first.payee() + ". "
                + whereToRespond(c.id(), "the repayment") + " If it is not repaid by "
                + "then, the Agency may offset the amount against payments due to you (2 CFR 200.346) and refer you for "
                + "debarment (2 CFR 180)."))));
        return new Document("Notice of subsidy recovery" + (n.sequenceNo() > 1 ? " (amended)" : ""), employer,
                "Case " + c.id() + ", notice " + n.sequenceNo(), sections, List.of("For the Agency: compliance auditor"));
    }

    /**
     * Where the contractor answers the notice, in its words: the case's page on the contractor portal, at the address
     * the public reaches Highroad at ({@code highroad.public-base-url}) when it is set, else by the page's path and the
     * way to it once signed in. Never an API path: the contractor reads the notice, not the API's documentation.
     */
    private String whereToRespond(long caseId, String what) {
        return whereToRespond(publicBaseUrl, caseId, what);
    }

    static String whereToRespond(String publicBaseUrl, long caseId, String what) {
        String page = "/portal/cases/" + caseId;
        String address = publicBaseUrl.isEmpty() ? page + " on Highroad" : publicBaseUrl + page;
        return "Send " + what + " on this case's page in the Highroad contractor portal: sign in, open \"My cases\" "
                + "and then case " + caseId + " (" + address + ").";
    }

    /** A day as the notice writes it, in words: "January 9, 2027". */
    static String inWords(LocalDate day) {
        return day == null ? "—" : day.format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, uuuu", LANGUAGE));
    }

    /** "the week ending January 9, 2027"; "the weeks ending January 9, 2027 and January 16, 2027". */
    static String weeksEnding(List<LocalDate> weeks) {
        List<String> days = weeks.stream().map(CaseNotices::inWords).toList();
        String joined = days.size() == 1 ? days.get(0) : String.join(", ", days.subList(0, days.size() - 1)) + " and "
                + days.get(days.size() - 1);
        return (days.size() == 1 ? "the week ending " : "the weeks ending ") + joined;
    }

    private static String dollars(BigDecimal amount) {
        return Money.of(amount).format(LANGUAGE);
    }
}
