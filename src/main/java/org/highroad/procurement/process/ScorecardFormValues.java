package org.highroad.procurement.process;

import static org.highroad.procurement.process.BidEvaluationProcess.PROCESS_ID;
import static org.highroad.procurement.process.BidEvaluationProcess.TASK_REVIEW;
import static org.highroad.procurement.process.BidEvaluationProcess.VAR_BID_ID;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.platform.process.FormText;
import org.highroad.platform.process.TaskFormValues;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.procurement.BidEvaluation;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.BidView;
import org.highroad.procurement.Bids;
import org.highroad.procurement.ScorecardView;
import org.highroad.procurement.SolicitationView;
import org.highroad.procurement.Solicitations;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.Principle;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Component;

/**
 * The scorecard review's form shows the bid (vendor by name, price in dollars, link to the solicitation's staff page)
 * and its scorecard as a table: every criterion by name with its input, points and reason, read from procurement's
 * tables each time the form is read (ADR 0009). The task's name carries the vendor, the price and the solicitation.
 *
 * <p>The officer's ratings are a dynamic list ({@code ratings}) with one row for every officer-rated criterion of the
 * solicitation's rubric, in the rubric's order, however many it has: each row shows the criterion's name, its scale and
 * its principle, and asks for the rating ({@code points}) and its justification. Tasklist submits the rows in the same
 * order, with only what the officer entered; {@link BidEvaluationDelegates} reads them by position against the same
 * criteria (ADR 0027, addendum).
 *
 * <p>Beside the scorecard the officer reads what the bidder wrote, principle by principle: a link to the bid's staff
 * page by its name ("Bid 12 of Harbor Builders LLC: statements per principle") and the statements as a read-only
 * table, read from the bid each time like the rest; no process variable holds them.
 */
@Component
class ScorecardFormValues implements TaskFormValues {

    static final String SHOWN_BID = "bidSummary";
    static final String SHOWN_SCORECARD = "scorecardRows";
    /** The link to the bid's staff page, and its statements per principle as a table (only once the bids are opened). */
    static final String SHOWN_BID_PAGE = "bidPage";
    static final String SHOWN_STATEMENTS = "statementRows";
    /** The dynamic list's rows: shown here, submitted back as the officer's answers (its {@code path}). */
    static final String RATINGS = BidEvaluationProcess.VAR_RATINGS;
    private static final HighroadUser STAFF = HighroadUser.workflowAs(Role.PROCUREMENT_OFFICER);

    private final Bids bids;
    private final Solicitations solicitations;
    private final VendorRegistry vendors;
    private final BidEvaluation evaluation;

    ScorecardFormValues(Bids bids, Solicitations solicitations, VendorRegistry vendors, BidEvaluation evaluation) {
        this.bids = bids;
        this.evaluation = evaluation;
        this.solicitations = solicitations;
        this.vendors = vendors;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, Object> valuesFor(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!TASK_REVIEW.equals(taskDefinitionKey) || !(variables.get(VAR_BID_ID) instanceof Number id)) {
            return Map.of();
        }
        BidView bid = bids.view(id.longValue());
        ScorecardView card = bids.scorecard(id.longValue(), STAFF);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScorecardView.Line line : card.criteria()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterion", line.name() == null ? line.code() : line.name());
            row.put("principle", principle(line.principle()));
            boolean price = PRICE.equals(line.kind());
            row.put("input", line.input() == null ? "" : price ? money(line.input()) : line.input());
            row.put("points", points(line));
            row.put("reason", line.reason() == null ? "" : price ? priceReason(line.reason()) : line.reason());
            rows.add(row);
        }
        String vendor = vendors.legalName(bid.vendorId());
        SolicitationView solicitation = solicitations.view(bid.solicitationId());
        String summary = "**" + FormText.plain(vendor) + "**, " + FormText.money(bid.commitments().price())
                + ", submitted " + FormText.moment(bid.submittedAt(), java.time.ZoneOffset.UTC) + ", for [" 
                + FormText.plain(solicitation.title()) + "](/staff/solicitations/"
                + bid.solicitationId() + "). Total so far: " + FormText.points(card.total()) + " points.";
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(SHOWN_BID, summary);
        values.put(SHOWN_SCORECARD, rows);
        values.put(RATINGS, ratingRows(evaluation.officerRatedCriteria(id.longValue())));
        // the bidder's statements are the agency's to read only once the bids are opened (FAR 14.401(a)); a review
        // opens at the opening, so a sealed bid here would be a fault, and its form then shows none of them
        if (solicitation.openedAt() != null) {
            values.put(SHOWN_BID_PAGE, bidPage(bid, vendor));
            values.put(SHOWN_STATEMENTS, statementRows(bid.commitments()));
        }
        return values;
    }

    private static final String PRICE = "PRICE";
    /** How the rubric's scorer writes a price's reason ({@code RubricScorer.price}): "lowest price 1000000.00 against …". */
    private static final java.util.regex.Pattern PRICE_REASON =
            java.util.regex.Pattern.compile("^lowest price (\\d+(?:\\.\\d+)?) against (\\d+(?:\\.\\d+)?)(.*)$");

    /** A principle by its name, as the staff pages read it ("Safety and security"), not its code. */
    static String principle(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        try {
            return FormText.label(Principle.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code; // a principle this version does not know: shown as recorded
        }
    }

    /** A price as dollars ({@code $1,100,000.00}); what is not a number is shown as recorded. */
    static String money(String amount) {
        try {
            return FormText.money(new java.math.BigDecimal(amount));
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    /** "lowest price $1,000,000.00 against $1,100,000.00 = 90.9% of 40 points": the scorer's reason, its prices in dollars. */
    static String priceReason(String reason) {
        java.util.regex.Matcher m = PRICE_REASON.matcher(reason);
        return m.matches() ? "lowest price " + money(m.group(1)) + " against " + money(m.group(2)) + m.group(3) : reason;
    }

    /** A pass/fail rule gives no points: it is met or not (its outcome), never "0" of a weight of 0. */
    static String points(ScorecardView.Line line) {
        if ("PASSED".equals(line.outcome())) {
            return "met (pass/fail rule)";
        }
        if ("FAILED".equals(line.outcome())) {
            return "not met (pass/fail rule)";
        }
        return FormText.points(line.points());
    }

    /** "[Bid 12 of Harbor Builders LLC: statements per principle](/staff/solicitations/5/bids/12)": the staff bid page. */
    static String bidPage(BidView bid, String vendor) {
        return "[Bid " + bid.id() + " of " + FormText.plain(vendor) + ": statements per principle](/staff/solicitations/"
                + bid.solicitationId() + "/bids/" + bid.id() + ")";
    }

    /**
     * One row per principle, in the principles' order, with what the bidder wrote for it ("No statement" where it wrote
     * none), as the staff bid page shows them. A table cell is shown as text: the bidder's words cannot make links.
     */
    static List<Map<String, Object>> statementRows(BidSubmission commitments) {
        Map<Principle, String> statements = commitments == null ? Map.of() : commitments.principleStatements();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Principle p : Principle.values()) {
            String text = statements.get(p);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("principle", FormText.label(p));
            row.put("statement", text == null || text.isBlank() ? "No statement" : text.strip());
            rows.add(row);
        }
        return rows;
    }

    /**
     * One row per officer-rated criterion: its heading as people read it ("**Workplace culture plan**, rated from 0 to
     * 5, for Worker voice") and empty answers. The criterion's code is not shown: the rows' order is the criteria's.
     */
    static List<Map<String, Object>> ratingRows(List<Criterion> criteria) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Criterion c : criteria) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("heading", "**" + FormText.plain(c.name() == null ? c.code() : c.name()) + "**, rated from "
                    + FormText.points(c.minimum()) + " to " + FormText.points(c.maximum())
                    + (c.principle() == null ? "" : ", for " + FormText.label(c.principle())));
            row.put("points", null);
            row.put("justification", "");
            rows.add(row);
        }
        return rows;
    }

    /** "Review scorecard: Harbor Builders LLC, $1,000,000.00, Harbor seawall repairs". */
    @Override
    public Optional<String> taskName(String taskDefinitionKey, String businessKey, Map<String, Object> variables) {
        if (!TASK_REVIEW.equals(taskDefinitionKey) || !(variables.get(VAR_BID_ID) instanceof Number id)) {
            return Optional.empty();
        }
        BidView bid = bids.view(id.longValue());
        return Optional.of("Review scorecard: " + vendors.legalName(bid.vendorId()) + ", "
                + FormText.money(bid.commitments().price()) + ", " + solicitations.view(bid.solicitationId()).title());
    }
}
