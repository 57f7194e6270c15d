package org.highroad.transparency;

import org.highroad.platform.paging.PageView;
import org.highroad.platform.paging.PageParams;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.WorkforceRule;
import org.highroad.enforcement.CaseView;
import org.highroad.enforcement.ComplianceCases;
import org.highroad.payroll.PayrollCompliance;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.procurement.SolicitationView;
import org.springframework.stereotype.Component;

/**
 * The contract and implementation stages of each executed contract of a solicitation, read through the contracts,
 * payroll and enforcement APIs. The contract: value, period, the committed wages and shares as requirement responses
 * and agreed metrics; a new contract version is a {@code contractAmendment} (its date and number, never the free-text
 * reason, which staff write for the agency). Implementation: the monthly shares ({@link ShareMetrics}), the restitution
 * owed on confirmed findings and what is paid, the reports missing, and confirmed failures per case and kind
 * (performance failures extension). Nothing per worker is read.
 */
@Component
class ContractStages {

    static final HighroadUser READER = HighroadUser.workflowAs(Role.AUDITOR);

    private final Contracts contracts;
    private final PayrollCompliance compliance;
    private final ComplianceCases cases;
    private final org.highroad.enforcement.CaseLedgers ledgers;
    private final ShareMetrics shares;
    private final Clock clock;

    ContractStages(Contracts contracts, PayrollCompliance compliance, ComplianceCases cases, ShareMetrics shares, Clock clock,
            org.highroad.enforcement.CaseLedgers ledgers) {
        this.ledgers = ledgers;
        this.contracts = contracts;
        this.compliance = compliance;
        this.cases = cases;
        this.shares = shares;
        this.clock = clock;
    }

    List<Stage> of(SolicitationView s, ObjectNode buyer, ObjectNode supplierParty, List<ContractView> ofSolicitation) {
        List<Stage> stages = new ArrayList<>();
        for (ContractView c : ofSolicitation) {
            if (c.status() != ContractStatus.EXECUTED) {
                continue;
            }
            stages.add(new Stage("contract-" + c.id(), "contract", "contractUpdate", contract(c, s, buyer, supplierParty),
                    c.current() == null ? 1 : c.current().number()));
            ObjectNode implementation = implementation(c, buyer, cases.ofContract(c.id(), READER));
            if (implementation != null) {
                stages.add(new Stage("implementation-" + c.id(), "implementation", "implementationUpdate", implementation, 0));
            }
        }
        return stages;
    }

    /** The contracts of one solicitation, oldest first: read by the solicitation, never by listing every contract. */
    List<ContractView> contractsOf(long solicitationId) {
        return contracts.ofSolicitation(solicitationId, READER);
    }

    /** The contract if it is executed and was let by a solicitation (so published); empty otherwise or if unknown. */
    Optional<ContractView> executed(long contractId) {
        try {
            return Optional.of(contracts.get(contractId, READER))
                    .filter(c -> c.status() == ContractStatus.EXECUTED && c.solicitationId() != null);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The solicitation a contract was let by, if the contract exists and has one. */
    Optional<Long> solicitationOfContract(long contractId) {
        try {
            return Optional.ofNullable(contracts.get(contractId, READER).solicitationId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The solicitation of the contract a compliance case is about; empty for a case about no contract (a subsidy's). */
    Optional<Long> solicitationOfCase(long caseId) {
        try {
            Long contractId = cases.get(caseId, READER).contractId();
            return contractId == null ? Optional.empty() : solicitationOfContract(contractId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * The executed contracts whose implementation stage time alone changes on a day after {@code from} up to
     * {@code through}: a week of their reporting calendar ends, or a report's due day passes (a report not received is
     * then missing, {@code PayrollCompliance.status}). A contract whose period ended over a year before is skipped: every
     * report of it fell due long since (a reporting period is at most a quarter, due days after it).
     */
    List<Long> dueBetween(LocalDate from, LocalDate through) {
        List<ContractView> all = PageView.every(n -> contracts.list(READER, new PageParams(String.valueOf(n), "200", "id,asc")));
        List<Long> due = new ArrayList<>();
        for (ContractView c : all) {
            if (c.status() != ContractStatus.EXECUTED || c.solicitationId() == null || c.periodStart().isAfter(through) || c.periodEnd().plusDays(366).isBefore(from)) {
                continue;
            }
            boolean changes = contracts.payrollCalendar(c.id(), READER).stream().anyMatch(e ->
                    within(e.weekEnding(), from, through) || within(e.dueOn().plusDays(1), from, through));
            if (changes) {
                due.add(c.id());
            }
        }
        return due;
    }

    private static boolean within(LocalDate day, LocalDate after, LocalDate through) {
        return day.isAfter(after) && !day.isAfter(through);
    }

    private ObjectNode contract(ContractView c, SolicitationView s, ObjectNode buyer, ObjectNode supplierParty) {
        ObjectNode r = TenderStages.base(buyer);
        if (supplierParty != null) {
            ((ArrayNode) r.get("parties")).add(supplierParty.deepCopy());
        }
        ObjectNode k = r.putArray("contracts").addObject();
        k.put("id", "contract-" + c.id());
        k.put("awardID", "award-" + c.bidId());
        k.put("title", c.title());
        k.put("status", "active");
        TenderStages.money(k.putObject("value"), c.value());
        ObjectNode period = k.putObject("period");
        period.put("startDate", Dates.of(c.periodStart()));
        period.put("endDate", Dates.endOf(c.periodEnd()));
        if (c.executedAt() != null) {
            k.put("dateSigned", Dates.of(c.executedAt()));
        }
        k.putArray("relatedBids").add("bid-" + c.bidId());
        ContractView.Version v = c.current();
        if (v == null) {
            return r;
        }
        // requirements extension: the contract's commitments answer the tender's requirements as the bid did
        ArrayNode responses = k.putArray("requirementResponses");
        String prefix = "contract-" + c.id();
        for (ContractView.Wage w : v.wages()) {
            int i = s.classifications().indexOf(w.classification());
            if (i >= 0) {
                Requirements.response(responses, prefix, Requirements.wageId(i), w.offeredBase());
            }
        }
        if (v.lowestHourlyWage() != null) {
            Requirements.response(responses, prefix, "lowestHourlyWage", v.lowestHourlyWage());
        }
        ArrayNode agreed = k.putArray("agreedMetrics");
        for (WorkforceRule rule : v.workforce()) {
            Requirements.share(responses, prefix, rule.category(), rule.committedPercent());
            ObjectNode m = agreed.addObject();
            m.put("id", Requirements.shareId(rule.category()));
            m.put("title", Requirements.shareTitle(rule.category()));
            m.put("description", "Committed share: the higher of the standard's target and the bid's pledge ("
                    + rule.citation() + ")" + (rule.perTrade() ? "; measured per trade" : ""));
            ObjectNode o = m.putArray("observations").addObject();
            o.put("id", Requirements.shareId(rule.category()) + "-committed");
            o.put("measure", rule.committedPercent());
            o.putObject("unit").put("name", "percent");
        }
        if (responses.isEmpty()) {
            k.remove("requirementResponses");
        }
        if (agreed.isEmpty()) {
            k.remove("agreedMetrics");
        }
        if (v.number() > 1) {
            ArrayNode amendments = k.putArray("amendments");
            for (ContractView.Version earlier : contracts.versions(c.id(), READER)) {
                if (earlier.number() > 1) {
                    ObjectNode a = amendments.addObject();
                    a.put("id", "amendment-" + earlier.number());
                    a.put("date", Dates.of(earlier.effectiveFrom()));
                    a.put("description", "Contract version " + earlier.number() + " in force from " + earlier.effectiveFrom());
                }
            }
        }
        return r;
    }

    /** Null while there is nothing to report: no payroll reported, no report missing, no case. */
    private ObjectNode implementation(ContractView c, ObjectNode buyer, List<CaseView> contractCases) {
        PayrollCompliance.Status status = compliance.status(c.id(), READER);
        LocalDate today = LocalDate.now(clock);
        LocalDate lastReported = status.weeks().stream().filter(w -> w.submissionId() != null && !w.weekEnding().isAfter(today))
                .map(PayrollCompliance.Week::weekEnding).max(LocalDate::compareTo).orElse(null);
        if (lastReported == null && status.missingReports() == 0 && contractCases.isEmpty()) {
            return null;
        }
        ObjectNode r = TenderStages.base(buyer);
        ObjectNode k = r.putArray("contracts").addObject();
        k.put("id", "contract-" + c.id());
        k.put("awardID", "award-" + c.bidId());
        ObjectNode impl = k.putObject("implementation");
        ArrayNode metrics = impl.putArray("metrics");
        if (lastReported != null) {
            shares.monthly(c.id(), c.periodStart(), lastReported, metrics);
        }
        restitution(metrics, contractCases);
        ObjectNode missing = metrics.addObject();
        missing.put("id", "missing-reports");
        missing.put("title", "Certified payroll reports past due and not received");
        ObjectNode m = missing.putArray("observations").addObject();
        m.put("id", "missing-reports");
        m.put("measure", status.missingReports());
        m.putObject("unit").put("name", "reports");
        ArrayNode failures = failures(contractCases);
        if (!failures.isEmpty()) {
            impl.set("performanceFailures", failures);
        }
        return r;
    }

    private void restitution(ArrayNode metrics, List<CaseView> contractCases) {
        Map<Long, BigDecimal> verifiedOutstanding = ledgers.outstandingOnVerifiedPayments(contractCases.stream()
                .map(CaseView::id).toList());
        // a payment the auditor refused on verifying is neither paid nor reported (enforcement.PaymentVerdicts)
        Map<Long, BigDecimal> reportedOutstanding = ledgers.outstandingOnPaymentsNotRefused(contractCases.stream()
                .map(CaseView::id).toList());
        BigDecimal owed = BigDecimal.ZERO;
        BigDecimal outstanding = BigDecimal.ZERO;
        BigDecimal outstandingOnVerified = BigDecimal.ZERO;
        for (CaseView c : contractCases) {
            // only what an auditor confirmed is owed; findings awaiting review are not published
            BigDecimal confirmed = c.findings().stream().filter(f -> "CONFIRMED".equals(f.review()) && f.finding() != null
                    && !"SUPERSEDED".equals(f.finding().status()) && f.finding().amountOwed() != null)
                    .map(f -> f.finding().amountOwed()).reduce(BigDecimal.ZERO, BigDecimal::add);
            owed = owed.add(confirmed);
            outstanding = outstanding.add(reportedOutstanding.getOrDefault(c.id(), BigDecimal.ZERO).min(confirmed));
            outstandingOnVerified = outstandingOnVerified.add(verifiedOutstanding.getOrDefault(c.id(), BigDecimal.ZERO)
                    .min(confirmed));
        }
        // paid is what an auditor's verification took in; what the contractor reports paid and no auditor has verified
        // yet is published apart, as reported, never as paid
        BigDecimal reported = owed.subtract(outstanding).max(BigDecimal.ZERO);
        BigDecimal paid = owed.subtract(outstandingOnVerified).max(BigDecimal.ZERO).min(reported);
        money(metrics, "restitution-owed", "Restitution owed to workers on confirmed findings", owed);
        money(metrics, "restitution-paid", "Restitution paid to workers, verified by the agency", paid);
        // always published (zero once verified), so the record's compiled release replaces an earlier figure
        money(metrics, "restitution-reported", "Restitution the contractor reports paid, not yet verified by the agency",
                reported.subtract(paid));
    }

    private static void money(ArrayNode metrics, String id, String title, BigDecimal amount) {
        ObjectNode m = metrics.addObject();
        m.put("id", id);
        m.put("title", title);
        ObjectNode o = m.putArray("observations").addObject();
        o.put("id", id);
        TenderStages.money(o.putObject("value"), amount.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** Confirmed findings per case and kind: the failure's category, how many, when, and the escalation step. */
    private static ArrayNode failures(List<CaseView> contractCases) {
        ArrayNode out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        for (CaseView c : contractCases.stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList()) {
            Map<String, List<LocalDate>> byKind = new TreeMap<>();
            c.findings().stream().filter(f -> "CONFIRMED".equals(f.review()) && f.finding() != null)
                    .forEach(f -> byKind.computeIfAbsent(f.finding().kind(), x -> new ArrayList<>()).add(f.finding().weekEnding()));
            byKind.forEach((kind, weeks) -> {
                ObjectNode p = out.addObject();
                p.put("id", "case-" + c.id() + "-" + kind.toLowerCase());
                List<LocalDate> known = weeks.stream().filter(w -> w != null).sorted().toList();
                if (!known.isEmpty()) {
                    ObjectNode period = p.putObject("period");
                    period.put("startDate", Dates.of(known.get(0).minusDays(6)));
                    period.put("endDate", Dates.endOf(known.get(known.size() - 1)));
                }
                p.put("category", kind.toLowerCase());
                p.put("events", weeks.size());
                // NONE is the ladder's first rung, not a penalty: only a step the agency decided is published as one
                if (c.escalationStep() != null && !"NONE".equals(String.valueOf(c.escalationStep()))) {
                    p.put("penaltyImposed", "Escalation step " + c.escalationStep());
                }
            });
        }
        return out;
    }
}
