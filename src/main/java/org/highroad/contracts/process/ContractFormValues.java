package org.highroad.contracts.process;

import static org.highroad.contracts.process.ContractAwardProcess.PROCESS_ID;
import static org.highroad.contracts.process.ContractAwardProcess.TASK_ACCEPT;
import static org.highroad.contracts.process.ContractAwardProcess.TASK_LEGAL_REVIEW;
import static org.highroad.contracts.process.ContractAwardProcess.VAR_CONTRACT_ID;

import java.util.Map;
import java.util.Optional;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.platform.process.FormText;
import org.highroad.platform.process.TaskFormValues;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Component;

/**
 * The contract as its two forms show it, read from the contracts module each time the form is read: title, the
 * contractor by name, the value in dollars, the period as dates, the standard it is held to, its subcontractors, with
 * links to its PDF and to its page. The officer's legal review links to the staff pages and shows the contract's
 * status reason (after a contractor's rejection, the contractor's reason); the contractor's acceptance links to the
 * portal and never shows a status reason or anything else the agency wrote for itself.
 */
@Component
class ContractFormValues implements TaskFormValues {

    static final String SHOWN_CONTRACT = "contractShown";
    private static final HighroadUser STAFF = HighroadUser.workflowAs(Role.PROCUREMENT_OFFICER);

    private final Contracts contracts;
    private final VendorRegistry vendors;

    ContractFormValues(Contracts contracts, VendorRegistry vendors) {
        this.contracts = contracts;
        this.vendors = vendors;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, Object> valuesFor(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!(variables.get(VAR_CONTRACT_ID) instanceof Number id)) {
            return Map.of();
        }
        if (TASK_LEGAL_REVIEW.equals(taskDefinitionKey)) {
            return Map.of(SHOWN_CONTRACT, summary(contracts.get(id.longValue(), STAFF), true));
        }
        if (TASK_ACCEPT.equals(taskDefinitionKey)) {
            return Map.of(SHOWN_CONTRACT, summary(contracts.get(id.longValue(), STAFF), false));
        }
        return Map.of();
    }

    /** "Legal review: Branch library wiring, Harbor Builders LLC, $1,000,000.00"; "Accept contract: …". */
    @Override
    public Optional<String> taskName(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!(variables.get(VAR_CONTRACT_ID) instanceof Number id)
                || !(TASK_LEGAL_REVIEW.equals(taskDefinitionKey) || TASK_ACCEPT.equals(taskDefinitionKey))) {
            return Optional.empty();
        }
        ContractView c = contracts.get(id.longValue(), STAFF);
        String what = c.title() + ", " + vendors.legalName(c.primeVendorId()) + ", " + FormText.money(c.value());
        return Optional.of((TASK_LEGAL_REVIEW.equals(taskDefinitionKey) ? "Legal review: " : "Accept contract: ") + what);
    }

    /** The contract in a table; {@code staff} links to the staff pages and adds the status reason. */
    String summary(ContractView c, boolean staff) {
        StringBuilder text = new StringBuilder();
        String page = staff ? "/staff/contracts/" + c.id() : "/portal/contracts/" + c.id();
        // the PDF at the page address of the reader's side, which the signed-in browser opens (the API asks for a password)
        text.append("**[").append(FormText.plain(c.title())).append("](").append(page).append(")** · [the contract (PDF)](")
                .append(page).append("/document.pdf)");
        if (staff && c.solicitationId() != null) {
            text.append(" · [its solicitation](/staff/solicitations/").append(c.solicitationId()).append(")");
        }
        text.append("\n\n| Contractor | Value | Period | Standard | Wage determination |\n|---|---:|---|---|---|\n| ")
                .append(FormText.plain(vendors.legalName(c.primeVendorId()))).append(" | ").append(FormText.money(c.value()))
                .append(" | ").append(FormText.date(c.periodStart())).append(" to ").append(FormText.date(c.periodEnd()))
                .append(" | ").append(FormText.plain(c.standardCode())).append(" version ").append(c.standardVersion())
                .append(" | ").append(FormText.plain(c.wageDetermination())).append(" |\n");
        if (c.subcontractors() != null && !c.subcontractors().isEmpty()) {
            text.append("\n| Subcontractor | Trade | From | To |\n|---|---|---|---|\n");
            c.subcontractors().forEach(s -> text.append("| ").append(FormText.plain(vendors.legalName(s.vendorId())))
                    .append(" | ").append(FormText.plain(s.trade())).append(" | ").append(FormText.date(s.startsOn()))
                    .append(" | ").append(FormText.date(s.endsOn())).append(" |\n"));
        }
        if (staff && c.statusReason() != null && !c.statusReason().isBlank()) {
            text.append("\n**Status reason** (after a contractor's rejection, its reason): ").append(FormText.plain(c.statusReason()));
        }
        return text.toString();
    }
}
