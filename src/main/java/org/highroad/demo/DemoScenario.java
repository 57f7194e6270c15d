package org.highroad.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.contracts.ContractDraft;
import org.highroad.contracts.ContractStatus;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.DraftFromAward;
import org.highroad.demo.process.DemoEngine;
import org.highroad.payroll.ComplianceStatements;
import org.highroad.payroll.ReceivePayroll;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.platform.money.Money;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.SolicitationDraft;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.scoring.Principle;
import org.highroad.subsidies.Attestation;
import org.highroad.subsidies.NewRequest;
import org.highroad.subsidies.ProgramView;
import org.highroad.subsidies.RequestContent;
import org.highroad.subsidies.RequestStatus;
import org.highroad.subsidies.RequestView;
import org.highroad.subsidies.SubsidyClaims;
import org.highroad.subsidies.SubsidyPrograms;
import org.highroad.subsidies.SubsidyRequests;
import org.highroad.vendors.VendorUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's story, played once through the modules' own use cases and the real processes, with the demo users as
 * the actors (tasks completed through their forms, as in Tasklist): the administrator adopts
 * {@value #STANDARD} version 1; the officer publishes {@value #AWARDED_TITLE} with a submission deadline seconds
 * away, Harbor, Northside and Quickbuild bid, the deadline passes and the engine's timer opens the bids, the officer
 * reviews the scorecards and awards Harbor; the contract is drafted, its period settled (work began on the Monday of
 * the week 26 days before last Saturday, so its calendar has weeks behind it), approved in legal review
 * and accepted by Harbor: EXECUTED. Harbor files its Statement of Compliance and the certified payrolls of its first
 * weeks, the second with a laborer paid under the committed wage; the week after is left missing, and the week that
 * ended last Saturday is due for the user to file. Weeks filed after their due date are late, as the payroll review's
 * timers record. Finally {@value #OPEN_TITLE} is published and open for bids four weeks ahead. Then the workforce
 * board's wage-subsidy program: the administrator adopts its standard, and Harbor, as an employer, holds one agreed
 * request with its trainee named and one waiting for workforce staff's review in Tasklist (see {@code subsidies}).
 * Dates are relative to the day the demo loads (the application clock).
 */
@Component
public class DemoScenario {

    public static final String STANDARD = "BOSTON-STYLE-CONSTRUCTION";
    public static final String AWARDED_TITLE = "Branch library roof replacement";
    public static final String OPEN_TITLE = "Harbor Park community center renovation";
    public static final String ELECTRICIAN = "ELECTRICIAN (hyp.)";
    public static final String LABORER = "LABORER: COMMON OR GENERAL (hyp.)";
    /** Weeks of payroll Harbor has filed; then one week missing, then the week due now. */
    public static final int WEEKS_FILED = 2;
    /** The second week's laborer paid $43.00, $2.00 under the committed $45.00, for 40 hours: $80.00 owed. */
    public static final String UNDERPAID_WORKER = "5678";
    /** The standard the demo's wage-subsidy program is pinned to, and the program ({@link DemoProgram}). */
    public static final String SUBSIDY_STANDARD = DemoProgram.STANDARD;
    public static final String SUBSIDY_PROGRAM = DemoProgram.CODE;
    /** Harbor's roofer trainee, named on its agreed subsidy request (the payroll's worker id). */
    public static final String SUBSIDY_TRAINEE = "2468";

    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);
    /** Bids are sealed until the deadline (FAR 14.401(a)): the demo's first solicitation closes seconds after it opens. */
    private static final Duration BIDDING = Duration.ofSeconds(8);

    private final StandardCatalog standards;
    private final Solicitations solicitations;
    private final Bids bids;
    private final Contracts contracts;
    private final DraftFromAward drafts;
    private final ComplianceStatements statements;
    private final ReceivePayroll payrolls;
    private final VendorUsers vendorUsers;
    private final DemoEngine engine;
    private final Clock clock;
    private final SubsidyPrograms programs;
    private final SubsidyRequests subsidyRequests;
    private final SubsidyClaims subsidyClaims;

    DemoScenario(StandardCatalog standards, Solicitations solicitations, Bids bids, Contracts contracts,
            DraftFromAward drafts, ComplianceStatements statements, ReceivePayroll payrolls, VendorUsers vendorUsers,
            DemoEngine engine, Clock clock, SubsidyPrograms programs, SubsidyRequests subsidyRequests,
            SubsidyClaims subsidyClaims) {
        this.programs = programs;
        this.subsidyRequests = subsidyRequests;
        this.subsidyClaims = subsidyClaims;
        this.standards = standards;
        this.solicitations = solicitations;
        this.bids = bids;
        this.contracts = contracts;
        this.drafts = drafts;
        this.statements = statements;
        this.payrolls = payrolls;
        this.vendorUsers = vendorUsers;
        this.engine = engine;
        this.clock = clock;
    }

    /** The weeks of the demo contract's calendar, from the day the demo loads. */
    public record Weeks(LocalDate periodStart, List<LocalDate> filed, LocalDate missing, LocalDate due) {

        /** Weeks end on Saturday; the week due is the last one that has ended (a payroll is certified after its week). */
        public static Weeks asOf(LocalDate today) {
            LocalDate due = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            LocalDate missing = due.minusWeeks(1);
            List<LocalDate> filed = java.util.stream.IntStream.rangeClosed(1, WEEKS_FILED)
                    .mapToObj(i -> missing.minusWeeks(WEEKS_FILED + 1 - i)).toList();
            return new Weeks(filed.get(0).minusDays(5), filed, missing, due);
        }
    }

    /** What the story made. */
    public record Played(long awardedSolicitation, long contract, long openSolicitation, Weeks weeks, Subsidies subsidies) {
    }

    /** The wage-subsidy part of the story: the program, Harbor's agreed request and the one waiting for staff's review. */
    public record Subsidies(long program, long agreed, long inReview) {
    }

    /** Whether the story was played already (its first solicitation exists). */
    public boolean played() {
        return solicitations.list(officer()).stream().anyMatch(s -> s.title().equals(AWARDED_TITLE));
    }

    public Played play() {
        adoptTheStandard();
        Weeks weeks = Weeks.asOf(LocalDate.now(clock));
        long harborVendor = vendorUsers.vendorOf("harbor").orElseThrow();
        HighroadUser harbor = new HighroadUser("harbor", Set.of(Role.CONTRACTOR), harborVendor);
        HighroadUser northside = new HighroadUser("northside", Set.of(Role.CONTRACTOR), vendorUsers.vendorOf("northside").orElseThrow());
        HighroadUser quick = new HighroadUser("quick", Set.of(Role.CONTRACTOR), vendorUsers.vendorOf("quick").orElseThrow());

        OffsetDateTime deadline = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).plus(BIDDING).truncatedTo(ChronoUnit.SECONDS);
        long awarded = publish(AWARDED_TITLE, "Replace the roof membrane, insulation and flashing of the branch library.",
                new BigDecimal("1500000"), deadline);
        BidView harborBid = bids.submit(awarded, harborBid(), harbor);
        BidView northsideBid = bids.submit(awarded, offer("1000000", "57.00", "43.00", "75", "25.5", "20", "6"), northside);
        // Quickbuild's bid is screened out by its unresolved wage-theft record (the standard's eligibility rules)
        bids.submit(awarded, offer("950000", "57.00", "43.00", "50", "10", "10", "2"), quick);
        engine.settle();

        // the submission deadline passes: the award process's timer closes submissions and opens the bids
        waitUntil(deadline.toInstant().plusSeconds(1));
        engine.fireTimer("solicitationAward", String.valueOf(awarded), "timer_submissionDeadline");
        review(harborBid.id(), 5, "Mentoring, a jobsite committee and a written anti-harassment plan");
        review(northsideBid.id(), 3, "A basic plan without a worker committee");
        engine.complete("solicitationAward", String.valueOf(awarded), "userTask_approveAward", "officer",
                Map.of("awardBidId", harborBid.id(), "reason", "Highest total score on the job-quality standard"));

        long contract = contractOf(harborBid.id());
        drafts.revise(contract, new ContractDraft(AWARDED_TITLE, new BigDecimal("1100000.00"), weeks.periodStart(),
                weeks.periodStart().plusWeeks(26).minusDays(2)), officer());
        engine.complete("contractAward", String.valueOf(contract), "userTask_legalReview", "officer",
                Map.of("decision", "APPROVE", "reason", "Clauses and schedules checked"));
        engine.complete("contractAward", String.valueOf(contract), "userTask_acceptContract", "harbor",
                Map.of("decision", "ACCEPT", "reason", "Agreed"));
        ContractView executed = contracts.get(contract, officer());
        if (executed.status() != ContractStatus.EXECUTED) {
            throw new IllegalStateException("the demo contract " + contract + " is " + executed.status() + ", not executed");
        }
        // the weeks whose due date has passed are late by now: their review's timers record it (PayrollCompliance)
        engine.settle();

        statements.file(contract, statement(), harbor);
        for (LocalDate week : weeks.filed()) {
            boolean underpaid = week.equals(weeks.filed().get(weeks.filed().size() - 1));
            payrolls.submitCsv(contract, week, new ByteArrayInputStream(payroll(underpaid).getBytes(StandardCharsets.UTF_8)), harbor);
            engine.settle();
        }

        long open = publish(OPEN_TITLE, "Renovate the community center: electrical service, accessibility and site work.",
                new BigDecimal("2400000"), OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).plusWeeks(4)
                        .withHour(17).truncatedTo(ChronoUnit.HOURS));
        engine.settle();
        Subsidies subsidies = subsidies(harbor);
        log.info("Demo story: {} adopted; solicitation {} awarded to Harbor, contract {} executed ({} to {}), payrolls for {} "
                + "filed, {} missing, {} due; solicitation {} open for bids; subsidy program {}: request {} agreed, request {} "
                + "waiting for staff's review", STANDARD, awarded, contract, executed.periodStart(), executed.periodEnd(),
                weeks.filed(), weeks.missing(), weeks.due(), open, SUBSIDY_PROGRAM, subsidies.agreed(), subsidies.inReview());
        return new Played(awarded, contract, open, weeks, subsidies);
    }

    /**
     * The workforce board's on-the-job training program and Harbor as an employer. The administrator adopts
     * {@value #SUBSIDY_STANDARD} version 1, on which the program {@value #SUBSIDY_PROGRAM} is created from the
     * {@code wioa-ojt} preset ({@link DemoProgram}: 50% of the wage, at least $20.00 an hour and 32 hours a week, a $26.00
     * living-wage benchmark, $8,000 a hire at most, a $250,000 budget, staff review from $8,000 a request, claims at the
     * training's midpoint and completion). Harbor's first request, one roofer trainee at $27.50 for 480 training hours
     * ($6,600.00, under the automatic-approval amount), is approved within policy; Harbor accepts its agreement through
     * the acceptance task and names its trainee from the first day of work. The second, three laborer trainees at
     * $24.00 for 520 hours ($18,720.00), is above the automatic-approval amount and below the living wage: it waits in
     * workforce staff's Tasklist. No claim is filed: a claim's pay records are of weeks worked under the agreement
     * (20 CFR 680.700(a)), and the agreement is signed before the first day, which is still ahead when the demo loads.
     */
    private Subsidies subsidies(HighroadUser harbor) {
        var version = standards.version(SUBSIDY_STANDARD, 1);
        if (version.adoption().status() == Adoption.Status.PROPOSED) {
            engine.complete("standardVersionAdoption", String.valueOf(version.id()), "userTask_reviewStandardVersion", "admin",
                    Map.of("decision", "adopt", "comment", "Adopted for the workforce board's on-the-job training program"));
        }
        ProgramView program = programs.list().stream().filter(p -> p.code().equals(SUBSIDY_PROGRAM)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no program " + SUBSIDY_PROGRAM + " on the adopted " + SUBSIDY_STANDARD));
        LocalDate today = LocalDate.now(clock);

        RequestView agreed = subsidyRequests.draft(new NewRequest(program.id(), subsidyRequest("Roofer trainee", "Roofer",
                "27.50", 1, 480, today.plusDays(14), "Roofer II at $30.00 after the training")), harbor);
        agreed = subsidyRequests.submit(agreed.id(), harbor);
        engine.settle();
        engine.complete("wageSubsidyReview", String.valueOf(agreed.id()), "userTask_acceptAgreement", "harbor",
                Map.of("wageCommitment", ""));
        subsidyClaims.nameHire(agreed.id(), SUBSIDY_TRAINEE, agreed.content().startDate(), harbor);

        RequestView waiting = subsidyRequests.draft(new NewRequest(program.id(), subsidyRequest("Construction laborer trainee",
                LABORER, "24.00", 3, 520, today.plusDays(28), "Laborer at the prevailing wage after the training")), harbor);
        waiting = subsidyRequests.submit(waiting.id(), harbor);
        engine.settle();
        RequestStatus agreedStatus = subsidyRequests.get(agreed.id(), harbor).status();
        RequestStatus waitingStatus = subsidyRequests.get(waiting.id(), harbor).status();
        if (agreedStatus != RequestStatus.AGREED || waitingStatus != RequestStatus.IN_REVIEW) {
            throw new IllegalStateException("the demo subsidy requests are " + agreedStatus + " and " + waitingStatus
                    + ", not AGREED and IN_REVIEW");
        }
        return new Subsidies(program.id(), agreed.id(), waiting.id());
    }

    /** Harbor's request content: 40 hours a week, its benefits and both attestations the program requires. */
    private static RequestContent subsidyRequest(String position, String classification, String wage, int hires,
            int trainingHours, LocalDate firstDay, String advancement) {
        return new RequestContent(position, classification, "Construction", "Demo County", new BigDecimal(wage),
                new BigDecimal("40"), hires, trainingHours, firstDay, LocalDate.of(2009, 4, 1), new BigDecimal("100"),
                new BigDecimal("15"), new BigDecimal("6"), 14, true, advancement,
                "Safety orientation (OSHA 10), then work beside a journey-level mentor: materials, tools, site practice; "
                        + "a review with the trainee every four weeks", List.of(Attestation.NO_DISPLACEMENT,
                        Attestation.AGREEMENT_BEFORE_HIRE), null);
    }

    private void adoptTheStandard() {
        var version = standards.version(STANDARD, 1);
        if (version.adoption().status() == Adoption.Status.PROPOSED) {
            engine.complete("standardVersionAdoption", String.valueOf(version.id()), "userTask_reviewStandardVersion", "admin",
                    Map.of("decision", "adopt", "comment", "Adopted as Demo City's standard for public works"));
        }
    }

    private long publish(String title, String description, BigDecimal estimate, OffsetDateTime deadline) {
        SolicitationView drafted = solicitations.create(new SolicitationDraft(DemoData.AGENCY, title, description,
                SolicitationDraft.Category.WORKS, "Demo City", estimate, STANDARD, 1, deadline, List.of(ELECTRICIAN, LABORER),
                false, null), officer());
        solicitations.publish(drafted.id(), officer());
        return drafted.id();
    }

    /** The officer's scorecard review, through the review form: the culture plan rated in the slot the form offers it. */
    /**
     * The officer's review as in Tasklist: the form's dynamic list has a row per officer-rated criterion of the rubric,
     * headed by its name; the jobsite culture plan is rated, any other row left without points.
     */
    private void review(long bid, int rating, String justification) {
        String key = String.valueOf(bid);
        Object shown = engine.formValue("bidEvaluation", key, "userTask_reviewScorecard", "ratings");
        com.fasterxml.jackson.databind.node.ArrayNode rows = JSON.createArrayNode();
        for (Object row : shown instanceof List<?> list ? list : List.of()) {
            String heading = row instanceof Map<?, ?> m ? String.valueOf(m.get("heading")) : "";
            com.fasterxml.jackson.databind.node.ObjectNode answer = rows.addObject();
            if (heading.contains("Jobsite culture and anti")) {
                answer.put("points", rating);
                answer.put("justification", justification);
            } else {
                answer.putNull("points");
                answer.put("justification", "");
            }
        }
        Map<String, Object> answers = new HashMap<>(Map.of("decision", "CONFIRM", "reason", "Commitments checked",
                "ratings", rows.toString()));
        engine.complete("bidEvaluation", key, "userTask_reviewScorecard", "officer", answers);
        if (engine.open("bidEvaluation", key, "userTask_reviewScorecard")) {
            // the review's step refused the answers and gave the task back, as Tasklist would show it
            throw new IllegalStateException("the demo's review of bid " + bid + " was refused: "
                    + engine.variable("bidEvaluation", key, "refusal") + "; rows shown " + shown);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private long contractOf(long bid) {
        return contracts.list(officer(), new PageParams("0", "200", null)).items().stream()
                .filter(c -> c.bidId() != null && c.bidId() == bid).map(ContractView::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no contract drafted from bid " + bid));
    }

    private static HighroadUser officer() {
        return new HighroadUser("officer", Set.of(Role.PROCUREMENT_OFFICER), null);
    }

    private void waitUntil(java.time.Instant moment) {
        long millis = Duration.between(clock.instant(), moment).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Harbor's bid: above the prevailing wages, every commitment strong (no apprentice-hours pledge). */
    private static BidSubmission harborBid() {
        return new BidSubmission(new BigDecimal("1100000"), List.of(
                new BidSubmission.WageOffer(ELECTRICIAN, new BigDecimal("60.00"), new BigDecimal("31.40")),
                new BidSubmission.WageOffer(LABORER, new BigDecimal("45.00"), new BigDecimal("26.85"))),
                null, new BigDecimal("100"), new BigDecimal("15"), new BigDecimal("6"), 14, new BigDecimal("90"),
                new BigDecimal("51"), new BigDecimal("40"), new BigDecimal("12"), null, new BigDecimal("40"),
                "Journey-level pathway with quarterly reviews", true, true, 0,
                Map.of(Principle.VOICE_AND_REPRESENTATION, "Project labor agreement"));
    }

    /** A plainer bid: the prevailing wages, smaller commitments. */
    private static BidSubmission offer(String price, String electrician, String laborer, String health, String residents,
            String poc, String women) {
        return new BidSubmission(new BigDecimal(price), List.of(
                new BidSubmission.WageOffer(ELECTRICIAN, new BigDecimal(electrician), new BigDecimal("31.40")),
                new BidSubmission.WageOffer(LABORER, new BigDecimal(laborer), new BigDecimal("26.85"))),
                null, new BigDecimal(health), new BigDecimal("10"), new BigDecimal("3"), 10, null,
                new BigDecimal(residents), new BigDecimal(poc), new BigDecimal(women), null, new BigDecimal("20"),
                null, false, true, 0, Map.of());
    }

    /** Harbor's Statement of Compliance (docs/walkthrough/statement-of-compliance.json). */
    static StatementOfCompliance statement() {
        Map<Integer, BigDecimal> levels = new HashMap<>();
        int[] percent = {50, 55, 60, 65, 70, 75, 80, 90};
        for (int i = 0; i < percent.length; i++) {
            levels.put(i + 1, BigDecimal.valueOf(percent[i]));
        }
        return new StatementOfCompliance("Dana Reyes", "Payroll Manager, Harbor Builders", List.of(
                new StatementOfCompliance.FringePlan("IBEW Local 103 Health, Pension and Annuity Funds", new BigDecimal("31.40")),
                new StatementOfCompliance.FringePlan("Laborers' District Council Benefit Funds", new BigDecimal("26.85"))),
                List.of(new StatementOfCompliance.ApprenticeshipProgram("IBEW Local 103 / NECA Joint Apprenticeship Training Committee",
                        ELECTRICIAN, true, "MA-DAS-2019-0042", "Massachusetts Division of Apprentice Standards", BigDecimal.ONE,
                        levels, null)),
                null);
    }

    static final String HEADER = "entry_number,last_name,first_name,middle_initial,worker_id,level,apprentice_level,classification,"
            + "st_sun,st_mon,st_tue,st_wed,st_thu,st_fri,st_sat,ot_sun,ot_mon,ot_tue,ot_wed,ot_thu,ot_fri,ot_sat,rate_st,rate_ot,"
            + "fringe_credit_per_hour,cash_in_lieu_per_hour,gross_this_project,gross_all_work,deductions_tax,deductions_fica,"
            + "deductions_other,deductions_total,net_pay,resident,address_effective_from,race_ethnicity,gender";

    /**
     * Ten workers, 40 hours each at the committed wages, all Demo City residents, five people of color and five women
     * (five in each group and five outside it, so the public shares are not withheld); {@code underpaid}: the laborer
     * {@value #UNDERPAID_WORKER} at $43.00.
     */
    static String payroll(boolean underpaid) {
        String[][] workers = {
                {"Garcia", "Maria", "1234", ELECTRICIAN, "Hispanic or Latino", "Female"},
                {"Okafor", "Chidi", "4321", ELECTRICIAN, "Black or African American", "Male"},
                {"Walsh", "Liam", "2345", ELECTRICIAN, "White", "Male"},
                {"Chen", "Wei", "3456", ELECTRICIAN, "Asian", "Female"},
                {"Murphy", "Sean", "4567", ELECTRICIAN, "White", "Male"},
                {"Nguyen", "Thi", "9012", LABORER, "Asian", "Female"},
                {"Johnson", "Andre", UNDERPAID_WORKER, LABORER, "Black or African American", "Male"},
                {"Brien", "Kevin", "6789", LABORER, "White", "Male"},
                {"Silva", "Ana", "7890", LABORER, "White", "Female"},
                {"Kowalski", "Eva", "8901", LABORER, "White", "Female"}};
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < workers.length; i++) {
            String[] w = workers[i];
            boolean electrician = w[3].equals(ELECTRICIAN);
            BigDecimal rate = new BigDecimal(electrician ? "60.00" : underpaid && w[2].equals(UNDERPAID_WORKER) ? "43.00" : "45.00");
            String fringe = electrician ? "31.40" : "26.85";
            BigDecimal gross = Money.of(rate.multiply(BigDecimal.valueOf(40))).amount();
            BigDecimal tax = Money.of(gross.multiply(new BigDecimal("0.125"))).amount();
            BigDecimal fica = Money.of(gross.multiply(new BigDecimal("0.0765"))).amount();
            BigDecimal deductions = tax.add(fica);
            csv.append(String.join(",", String.valueOf(i + 1), w[0], w[1], "", w[2], "J", "", w[3], "", "8", "8", "8", "8", "8",
                    "", "", "", "", "", "", "", "", rate.toPlainString(), "", fringe, "0", gross.toPlainString(),
                    gross.toPlainString(), tax.toPlainString(), fica.toPlainString(), "0", deductions.toPlainString(),
                    gross.subtract(deductions).setScale(2, RoundingMode.HALF_UP).toPlainString(), "Y", "2025-01-01", w[4], w[5]))
                    .append('\n');
        }
        return csv.toString();
    }
}
