package org.highroad.subsidies.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.documents.Block;
import org.highroad.documents.Document;
import org.highroad.documents.Section;
import org.highroad.platform.money.Money;
import org.highroad.subsidies.ProgramTerms;
import org.highroad.subsidies.Reason;
import org.highroad.subsidies.RequestContent;

/**
 * The on-the-job training agreement as a document: what an OJT contract must state (the occupation, the training's
 * length, the wage, the rate and the most reimbursed, the training outline, and the employer keeping the payroll records
 * that support its claims), the conditions of a flagged approval, and the rule that no hour before acceptance is paid.
 */
public final class AgreementDocument {

    private AgreementDocument() {
    }

    public static Document of(String programName, String employer, SubsidyRequest r, ProgramTerms terms) {
        RequestContent c = r.content();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Position and training", List.of(new Block.Table(List.of("Term", "Agreed"), List.of(
                List.of("Employer", employer),
                List.of("Position", c.position() + " (" + c.classification() + ")"),
                List.of("Hourly wage", Money.formatRate(c.hourlyWage(), Locale.US)),
                List.of("Hours a week, at least", c.hoursPerWeek().stripTrailingZeros().toPlainString()),
                List.of("Training hours per hire", String.valueOf(c.trainingHours())),
                List.of("Hires", String.valueOf(c.hires())),
                List.of("First day of work", c.startDate().toString())), List.of(1f, 2f)),
                new Block.Paragraph("Training plan: " + c.trainingPlan()))));
        sections.add(new Section("Reimbursement", List.of(new Block.Table(List.of("Term", "Amount"), List.of(
                List.of("Share of the wage reimbursed", terms.sharePercent().stripTrailingZeros().toPlainString() + "%"),
                List.of("Reimbursement per hire, at most", Money.of(r.reimbursementPerHire()).toString()),
                List.of("Reimbursement in total, at most", Money.of(r.reimbursementTotal()).toString())), List.of(1f, 2f)),
                new Block.Paragraph("Reimbursement is paid on milestone claims with the hire's payroll records for the period, "
                        + "for hours worked on or after the day this agreement is accepted, in weeks of at least "
                        + terms.minHoursPerWeek().stripTrailingZeros().toPlainString() + " hours at the wage above. The employer "
                        + "keeps the time, attendance and payroll records that support its claims. Hours worked before "
                        + "acceptance are never reimbursed."))));
        List<Reason> flags = r.flags();
        if (!flags.isEmpty()) {
            List<Block> conditions = new ArrayList<>();
            flags.forEach(f -> conditions.add(new Block.Paragraph(f.text())));
            conditions.add(new Block.Paragraph("Wage-progression commitment: "
                    + (c.wageProgression() == null ? "to be stated by the employer on acceptance" : c.wageProgression())));
            sections.add(new Section("Conditions of approval", conditions));
        }
        sections.add(new Section("Attestations", List.of(new Block.Paragraph(String.join("\n", c.attestations().stream()
                .map(a -> switch (a) {
                    case NO_DISPLACEMENT -> "No current worker is displaced, laid off or has hours reduced for a trainee.";
                    case AGREEMENT_BEFORE_HIRE -> "This agreement is accepted before the first trainee's first day of work.";
                }).toList())))));
        return new Document("On-the-job training agreement", programName + ", " + employer,
                "Subsidy request " + r.lineageId() + ", version " + r.version(), sections,
                List.of("For the employer: " + employer, "For the workforce board: " + programName));
    }
}
