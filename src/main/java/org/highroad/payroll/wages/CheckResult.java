package org.highroad.payroll.wages;

import java.util.List;

/** Findings in row order, and restitution for every worker row owed more than zero. */
public record CheckResult(List<WageFinding> findings, List<Restitution> restitution) {

    public CheckResult {
        findings = List.copyOf(findings);
        restitution = List.copyOf(restitution);
    }
}
