package org.highroad.subsidies;

/** Workforce staff's decision on a request above the automatic-approval amount: APPROVE or REFUSE, with a note. */
public record StaffDecision(String decision, String note) {

    public boolean approves() {
        return "APPROVE".equals(decision);
    }
}
