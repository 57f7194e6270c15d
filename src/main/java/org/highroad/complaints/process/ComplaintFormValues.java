package org.highroad.complaints.process;

import static org.highroad.complaints.process.WorkerComplaintProcess.PROCESS_ID;
import static org.highroad.complaints.process.WorkerComplaintProcess.SHOWN_CLAIM;
import static org.highroad.complaints.process.WorkerComplaintProcess.TASK_SITE_VISIT;
import static org.highroad.complaints.process.WorkerComplaintProcess.TASK_TRIAGE;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.complaints.ComplaintView;
import org.highroad.complaints.WorkerComplaints;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.process.FormText;
import org.highroad.platform.process.TaskFormValues;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Component;

/**
 * What the auditor's complaint forms show, read from the complaints module each time the form is read: for the
 * triage, the complaint as the worker gave it (the account in their words, the employer, worksite and week as written,
 * the hours and pay claimed) and the executed contracts and their contractors to choose from by name; for the site
 * visit, the worker's claim priced week by week beside the certified payroll's rows for the worker
 * ({@link WorkerComplaints#claimBesidePayroll}). Names and amounts never become process variables; the complainant's
 * contact details are not shown (29 CFR 5.6(a)(5); ADR 0008).
 */
@Component
class ComplaintFormValues implements TaskFormValues {

    static final String SHOWN_COMPLAINT = "complaintAsGiven";
    static final String SHOWN_CONTRACTS = "contractChoices";
    static final String SHOWN_VENDORS = "vendorChoices";
    private static final HighroadUser AUDITOR = HighroadUser.workflowAs(Role.AUDITOR);
    /** The contracts offered: the most recent executed ones, as many as one page of the contract list holds. */
    private static final PageParams RECENT_CONTRACTS = new PageParams("0", "200", null);

    private final WorkerComplaints complaints;
    private final Contracts contracts;
    private final VendorRegistry vendors;

    ComplaintFormValues(WorkerComplaints complaints, Contracts contracts, VendorRegistry vendors) {
        this.complaints = complaints;
        this.contracts = contracts;
        this.vendors = vendors;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, Object> valuesFor(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (businessKey == null) {
            return Map.of();
        }
        long id = Long.parseLong(businessKey);
        if (TASK_SITE_VISIT.equals(taskDefinitionKey)) {
            return Map.of(SHOWN_CLAIM, complaints.claimBesidePayroll(id));
        }
        if (!TASK_TRIAGE.equals(taskDefinitionKey)) {
            return Map.of();
        }
        List<Map<String, Object>> contractChoices = new ArrayList<>();
        List<Map<String, Object>> vendorChoices = new ArrayList<>();
        for (ContractView c : contracts.list(AUDITOR, RECENT_CONTRACTS).items()) {
            if (c.status() != ContractStatus.EXECUTED) {
                continue;
            }
            String prime = vendors.legalName(c.primeVendorId());
            contractChoices.add(Map.of("value", c.id(), "label", c.title() + " — " + prime));
            vendorChoices.add(Map.of("value", c.primeVendorId(), "label", prime + " (prime contractor)", "contract", c.id()));
            c.subcontractors().stream().map(ContractView.Subcontractor::vendorId).distinct()
                    .forEach(v -> vendorChoices.add(Map.of("value", v, "label",
                            vendors.legalName(v) + " (subcontractor)", "contract", c.id())));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SHOWN_COMPLAINT, asGiven(complaints.get(id, AUDITOR)));
        values.put(SHOWN_CONTRACTS, contractChoices);
        values.put(SHOWN_VENDORS, vendorChoices);
        return values;
    }

    /**
     * "Triage worker complaint WC-…, received Dec 2, 2026: $480.00 claimed for 40 hours"; "Site visit for worker
     * complaint WC-…: Harbor Builders LLC, Harbor seawall repairs, $412.50 back wages claimed". The worker's own words
     * (employer, worksite) stay out of names, which the engine's history keeps.
     */
    @Override
    public Optional<String> taskName(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (businessKey == null || !(TASK_TRIAGE.equals(taskDefinitionKey) || TASK_SITE_VISIT.equals(taskDefinitionKey))) {
            return Optional.empty();
        }
        ComplaintView c = complaints.get(Long.parseLong(businessKey), AUDITOR);
        if (TASK_TRIAGE.equals(taskDefinitionKey)) {
            return Optional.of("Triage worker complaint " + c.receipt() + ", received "
                    + FormText.moment(c.receivedAt(), ZoneOffset.UTC) + ": " + FormText.money(c.payClaimed())
                    + " paid for " + FormText.points(c.hoursClaimed()) + " hours, as the worker says");
        }
        StringBuilder name = new StringBuilder("Site visit for worker complaint ").append(c.receipt());
        if (c.triage() != null) {
            name.append(": ").append(vendors.legalName(c.triage().vendorId())).append(", ")
                    .append(contracts.get(c.triage().contractId(), AUDITOR).title());
        }
        if (c.pricedClaim() != null && c.pricedClaim().backWages() != null) {
            name.append(", ").append(FormText.money(c.pricedClaim().backWages())).append(" back wages claimed");
        }
        return Optional.of(name.toString());
    }

    /** The complaint as the worker gave it, for the auditor who triages it: every word escaped, none a link. */
    static String asGiven(ComplaintView c) {
        StringBuilder text = new StringBuilder("### The complaint as the worker gave it\n\n");
        text.append("| Received | Employer, as written | Contract, as written | Worksite | Week ending | Hours claimed | Paid, as the worker says | Language |\n")
                .append("|---|---|---|---|---|---:|---:|---|\n| ")
                .append(FormText.moment(c.receivedAt(), ZoneOffset.UTC)).append(" | ").append(FormText.plain(c.employer()))
                .append(" | ").append(FormText.plain(c.contractReference())).append(" | ").append(FormText.plain(c.worksite()))
                .append(" | ").append(FormText.date(c.weekEnding())).append(" | ").append(FormText.points(c.hoursClaimed()))
                .append(" | ").append(FormText.money(c.payClaimed())).append(" | ").append(FormText.plain(c.language()))
                .append(" |\n\n**The worker's account**\n\n");
        if (c.narrative() == null || c.narrative().isBlank()) {
            text.append("> (none)\n");
        } else {
            c.narrative().lines().forEach(line -> text.append("> ").append(FormText.plain(line)).append("  \n"));
        }
        text.append("\n").append(c.anonymous() ? "The complainant chose to stay anonymous."
                : "The complainant left contact details: they stay confidential and are not shown here.");
        return text.toString();
    }
}
