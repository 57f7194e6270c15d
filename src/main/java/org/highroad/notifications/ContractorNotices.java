package org.highroad.notifications;

import java.util.LinkedHashSet;
import java.util.Set;
import org.highroad.contracts.Contracts;
import org.highroad.enforcement.CaseNoticeIssued;
import org.highroad.notifications.domain.NoticeTexts.Count;
import org.highroad.notifications.domain.NoticeTexts.Named;
import org.highroad.notifications.domain.NoticeTexts.Thing;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.PayrollEvents.PayrollRejected;
import org.highroad.subsidies.SubsidyAgreementIssued;
import org.highroad.subsidies.SubsidyRequests;
import org.highroad.subsidies.SubsidyReturned;
import org.highroad.vendors.VendorUsers;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a contractor must not miss, told to the users who act for its vendor (issue 13, "Notifications"): a payroll
 * rejected or flagged, a notice of non-compliance with its cure date, a subsidy request returned for revision, an
 * agreement to accept. Each is recorded in the transaction that published the event, so nothing is told of what rolled
 * back, and once per notice and user (the dedup key), however often the event is delivered. A message names the
 * contract by its title and the subsidy request by its position, as the contractor knows them.
 */
@Component
class ContractorNotices {

    private final Notifications notifications;
    private final VendorUsers vendorUsers;
    private final Contracts contracts;
    private final SubsidyRequests subsidyRequests;

    ContractorNotices(Notifications notifications, VendorUsers vendorUsers, Contracts contracts,
            SubsidyRequests subsidyRequests) {
        this.notifications = notifications;
        this.vendorUsers = vendorUsers;
        this.contracts = contracts;
        this.subsidyRequests = subsidyRequests;
    }

    /** A contract as its contractor knows it: by its title (by its id when there is no such contract). */
    static Named contract(Contracts contracts, long id) {
        return new Named(Thing.CONTRACT, id, contracts.titleOf(id).orElse(null));
    }

    private Named subsidyRequest(Long id) {
        return new Named(Thing.SUBSIDY_REQUEST, id, subsidyRequests.positionOf(id).orElse(null));
    }

    static String calendar(long contractId) {
        return "/portal/contracts/" + contractId + "/payrolls"; // the reporting calendar (payroll.web.PayrollPages)
    }

    @EventListener
    void on(PayrollRejected rejected) {
        notifications.notify(NoticeKind.PAYROLL_REJECTED, "payroll-rejected:" + rejected.submissionId(),
                vendorUsers.usersOf(rejected.vendorId()), calendar(rejected.contractId()),
                contract(contracts, rejected.contractId()), rejected.weekEnding(), rejected.submissionId(),
                new Count(rejected.errors()));
    }

    /**
     * Findings of a payroll's checks, once per payroll (later findings on the same payroll are on the same page). A late
     * report's finding has no payroll: the reporting scan tells of the late period ({@link ReportingReminders}).
     */
    @EventListener
    void on(PayrollFlagged flagged) {
        if (flagged.submissionId() == null) {
            return;
        }
        notifications.notify(NoticeKind.PAYROLL_FLAGGED, "payroll-flagged:" + flagged.submissionId(),
                vendorUsers.usersOf(flagged.vendorId()), calendar(flagged.contractId()),
                contract(contracts, flagged.contractId()), flagged.weekEnding(), flagged.submissionId(),
                new Count(flagged.findingIds().size()));
    }

    /** To every vendor the notice is addressed to: the contractor and, for a subcontractor, the liable prime. */
    @EventListener
    void on(CaseNoticeIssued issued) {
        Set<String> users = new LinkedHashSet<>();
        issued.addressedTo().forEach(v -> users.addAll(vendorUsers.usersOf(v)));
        // a case about a wage-subsidy agreement has no contract: its notice names the subsidy request instead
        notifications.notify(issued.contractId() == null ? NoticeKind.SUBSIDY_RECOVERY_NOTICE : NoticeKind.CASE_NOTICE,
                "case-notice:" + issued.noticeId(), users, "/portal/cases/" + issued.caseId(), issued.caseId(),
                issued.contractId() == null ? subsidyRequest(issued.subsidyRequestId()) : contract(contracts, issued.contractId()),
                issued.sequenceNo(),
                issued.cureDue());
    }

    /** Not cured: once per verification, to every vendor the case's notices go to; never the auditor's reason. */
    @EventListener
    void on(org.highroad.enforcement.CaseNotCured notCured) {
        Set<String> users = new LinkedHashSet<>();
        notCured.addressedTo().forEach(v -> users.addAll(vendorUsers.usersOf(v)));
        notifications.notify(NoticeKind.CASE_NOT_CURED, "case-not-cured:" + notCured.stepId(), users,
                "/portal/cases/" + notCured.caseId(), notCured.caseId(), notCured.cureDue());
    }

    /** Cured as noticed (ADR 0033): once per verification, to every vendor the case's notices go to. */
    @EventListener
    void on(org.highroad.enforcement.CaseCuredAsNoticed cured) {
        Set<String> users = new LinkedHashSet<>();
        cured.addressedTo().forEach(v -> users.addAll(vendorUsers.usersOf(v)));
        notifications.notify(NoticeKind.CASE_CURED_AS_NOTICED, "case-cured-as-noticed:" + cured.stepId(), users,
                "/portal/cases/" + cured.caseId(), cured.caseId(), new Count(cured.joined()));
    }

    /** Payments refused on verification: once per verification, to every vendor the case's notices go to. */
    @EventListener
    void on(org.highroad.enforcement.PaymentsRefused refused) {
        Set<String> users = new LinkedHashSet<>();
        refused.addressedTo().forEach(v -> users.addAll(vendorUsers.usersOf(v)));
        notifications.notify(NoticeKind.PAYMENTS_REFUSED, "payments-refused:" + refused.stepId(), users,
                "/portal/cases/" + refused.caseId(), refused.caseId(), new Count(refused.refused()));
    }

    @EventListener
    void on(SubsidyReturned returned) {
        notifications.notify(NoticeKind.SUBSIDY_RETURNED, "subsidy-returned:" + returned.requestId(),
                vendorUsers.usersOf(returned.vendorId()), subsidyRequestPage(returned.requestId()),
                subsidyRequest(returned.requestId()));
    }

    @EventListener
    void on(SubsidyAgreementIssued issued) {
        notifications.notify(NoticeKind.SUBSIDY_AGREEMENT, "subsidy-agreement:" + issued.requestId(),
                vendorUsers.usersOf(issued.vendorId()), subsidyRequestPage(issued.requestId()),
                subsidyRequest(issued.requestId()), issued.acceptBefore());
    }

    /** The employer's page of the request in the portal, where it is corrected, withdrawn or its agreement accepted. */
    private static String subsidyRequestPage(long id) {
        return "/portal/subsidies/" + id;
    }
}
