package org.highroad.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.highroad.documents.Block;
import org.highroad.documents.Document;
import org.highroad.documents.PdfRenderer;
import org.highroad.documents.Section;
import org.highroad.platform.money.Money;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.standards.StandardCatalog;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract as a PDF: title page, parties, the clauses with their numbers, Schedule A (wages per classification),
 * Schedule B (shares of work hours), reporting and enforcement terms, and the signature block. Rendered on request
 * from the current version, so the document always matches the rules payroll is checked against.
 */
@Service
public class ContractDocuments {

    /** The language the contract is written in (its clauses are English), which its amounts are written for. */
    static final Locale LANGUAGE = Locale.US;

    private static final HighroadUser READER = new HighroadUser("highroad-documents", Set.of(Role.AUDITOR), null);

    private final Contracts contracts;
    private final VendorRegistry vendors;
    private final StandardCatalog standards;
    private final PdfRenderer renderer;

    ContractDocuments(Contracts contracts, VendorRegistry vendors, StandardCatalog standards, PdfRenderer renderer) {
        this.contracts = contracts;
        this.vendors = vendors;
        this.standards = standards;
        this.renderer = renderer;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long contractId, HighroadUser caller) {
        return renderer.render(document(contracts.fullView(contractId, caller)));
    }

    Document document(ContractView c) {
        String prime = vendors.get(c.primeVendorId(), READER).profile().legalName();
        String agency = standards.agencies().stream().filter(a -> a.code().equals(c.agencyCode())).map(a -> a.name())
                .findFirst().orElse(c.agencyCode());
        ContractView.Version v = c.current();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Parties and terms", List.of(new Block.Paragraph("Agency: " + agency + "\nPrime contractor: "
                + prime + "\nContract value: " + dollars(c.value()) + "\nPeriod: " + c.periodStart() + " to " + c.periodEnd()
                + "\nJob-quality standard: " + c.standardCode() + " version " + c.standardVersion()
                + "\nWage determination: " + (c.wageDetermination() == null ? "none" : c.wageDetermination())
                + "\nStatus: " + c.status().name().toLowerCase().replace('_', ' ') + ", version " + v.number()
                + " in force from " + v.effectiveFrom()))));
        for (ContractView.Clause clause : v.clauses()) {
            sections.add(new Section(clause.heading(), List.of(new Block.Paragraph(clause.body()))));
        }
        sections.add(new Section("Schedule A: committed wages per classification", List.of(new Block.Table(
                List.of("Classification", "Committed base", "Committed fringe", "Bid offer", "Prevailing"),
                v.wages().stream().map(w -> List.of(w.classification(), dollars(max(w.offeredBase(), w.prevailingBase())),
                        dollars(max(w.offeredFringe(), w.prevailingFringe())),
                        dollars(w.offeredBase()) + " + " + dollars(w.offeredFringe()),
                        w.prevailingBase() == null ? "—" : dollars(w.prevailingBase()) + " + " + dollars(w.prevailingFringe()))).toList(),
                List.of(3f, 1.3f, 1.3f, 1.8f, 1.8f)),
                new Block.Paragraph("The committed rates are the higher of the bid's offer and the prevailing rate. Where a wage "
                        + "floor of the standard in force on the day of work is higher, the floor applies from that day; a "
                        + "classification not listed here is paid at least the prevailing rate of wage determination "
                        + (c.wageDetermination() == null ? "none" : c.wageDetermination()) + " (clause Wages and fringe benefits)."
                        + (v.lowestHourlyWage() == null ? "" : " Every covered worker, whatever the classification, is paid at "
                                + "least " + dollars(v.lowestHourlyWage()) + " an hour, the lowest hourly wage of the bid.")))));
        sections.add(new Section("Schedule B: shares of work hours", List.of(new Block.Table(
                List.of("Group", "Standard target", "Bid pledge", "Committed", "Measured"),
                v.workforce().stream().map(w -> List.of(w.category().replace('_', ' ').toLowerCase(), percent(w.targetPercent()),
                        percent(w.pledgedPercent()), percent(w.committedPercent()), basis(w))).toList(), null))));
        ReportingTerms r = v.reporting();
        sections.add(new Section("Schedule C: reporting and remedies", List.of(new Block.Table(List.of("Term", "Value"), List.of(
                r.cadence() == org.highroad.standards.ReportingCadence.WEEKLY
                        ? List.of("Weekly certified payroll due", r.reportingDeadlineDays() + " days after the week ends")
                        : List.of("Certified payroll due for every " + r.cadence().periodName(), r.reportingDeadlineDays()
                                + " days after the period ends, hours listed per work week"),
                List.of("Cure period", r.curePeriodBusinessDays() + " business days"),
                List.of("Correction payroll above", dollars(r.restitutionThreshold()) + " per worker"),
                List.of("Cash above the base makes up fringe", r.cashAboveBaseMakesUpFringe() ? "yes" : "no, kept apart"),
                List.of("Fine per violation per day", dollars(r.finePerViolationPerDay())),
                List.of("Fine cap", r.fineCap() == null ? "none" : dollars(r.fineCap())),
                List.of("Weekly overtime after", r.weeklyOvertimeAfterHours().stripTrailingZeros().toPlainString() + " hours")), null))));
        return new Document("Contract: " + c.title(), agency + " and " + prime, "Contract " + c.id() + ", version " + v.number(),
                sections, List.of("For the Agency: " + agency, "For the Contractor: " + prime));
    }

    private static String basis(WorkforceRule w) {
        String scope = w.perTrade() ? "per trade" : "overall";
        return w.journeyAndApprenticeSeparately() ? scope + ", journey and apprentice separately" : scope;
    }

    /** An amount in the contract's language (in the schedules and the clauses), or a dash where there is none. */
    static String dollars(BigDecimal amount) {
        return amount == null ? "—" : Money.of(amount).format(LANGUAGE);
    }

    private static BigDecimal max(BigDecimal offered, BigDecimal prevailing) {
        return prevailing == null ? offered : offered.max(prevailing);
    }

    private static String percent(BigDecimal share) {
        return share == null ? "—" : share.stripTrailingZeros().toPlainString() + "%";
    }
}
