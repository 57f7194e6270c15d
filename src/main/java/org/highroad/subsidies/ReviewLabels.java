package org.highroad.subsidies;

import java.util.List;

/**
 * What workforce staff read on the review task, as names and amounts: the employer, the hires and wage, the scorecard
 * in a line and its criteria line by line (criterion, points of its maximum), the flags and the money. All computed by
 * the module (the company name aside, no text a person typed, ADR 0013); no id, no path, no worker's personal data.
 * Read each time the form is read, never a process variable (ADR 0008); the decision is the staff's answer.
 */
public record ReviewLabels(String employer, String hiresAndWage, String scorecard, List<String> criteria, String flags,
        String perHire, String total, String programBudgetLeft) {

    public ReviewLabels {
        criteria = List.copyOf(criteria);
    }

    /** The labels as the review form shows them, in Markdown. */
    public String markdown() {
        StringBuilder text = new StringBuilder();
        text.append("**Employer:** ").append(employer).append("\n\n");
        text.append("**Hires, wage and training hours:** ").append(hiresAndWage).append("\n\n");
        text.append("**Job-quality scorecard:** ").append(scorecard).append("\n\n");
        text.append("| Criterion | Points |\n|---|---|\n");
        criteria.forEach(line -> text.append(line).append("\n"));
        text.append("\n**Flags (soft standards):** ").append(flags).append("\n\n");
        text.append("**Reimbursement per hire:** ").append(perHire).append("\n\n");
        text.append("**Reimbursement in total (reserved):** ").append(total).append("\n\n");
        text.append("**Program budget left after it:** ").append(programBudgetLeft).append("\n");
        return text.toString();
    }
}
