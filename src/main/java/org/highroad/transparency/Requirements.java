package org.highroad.transparency;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.SolicitationView;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WorkforceTarget;

/**
 * The job-quality requirements of a solicitation as criteria of the requirements extension (CCCEV): the wage per
 * classification (its minimum the highest floor of the pinned standard version in force at the submission deadline),
 * the shares of work hours (the standard's targets as minimums) and the other commitments a bid states; and a bid's
 * or contract's commitments as requirement responses to them. Requirement ids are stable: they are derived from the
 * classification's position in the solicitation and from fixed names.
 */
final class Requirements {

    /** The commitments a bid states besides wages and shares, with their requirement ids and titles. */
    static final Map<String, String> OTHER = new LinkedHashMap<>();

    static {
        OTHER.put("lowestHourlyWage", "Lowest hourly wage paid to every covered worker (USD)");
        OTHER.put("employerHealthPremiumSharePercent", "Share of the health-insurance premium paid by the employer (%)");
        OTHER.put("paidLeaveDaysPerYear", "Paid leave days per year");
        OTHER.put("retirementContributionPercent", "Employer retirement contribution (% of pay)");
        OTHER.put("scheduleNoticeDays", "Days of advance notice of work schedules");
        OTHER.put("fullTimeSharePercent", "Share of full-time positions (%)");
        OTHER.put("trainingHoursPerWorkerPerYear", "Training hours per worker per year");
        OTHER.put("hasCollectiveAgreement", "Collective bargaining agreement in place");
        OTHER.put("hasWorkerCommittee", "Worker health-and-safety committee in place");
    }

    static final Map<String, String> SHARES = Map.of("LOCAL_RESIDENTS", "local residents", "PEOPLE_OF_COLOR",
            "people of color", "WOMEN", "women", "APPRENTICES", "apprentices");

    private Requirements() {
    }

    static String wageId(int position) {
        return "wage-" + (position + 1);
    }

    static String shareId(String category) {
        return "share-" + category.toLowerCase().replace('_', '-');
    }

    static String shareTitle(String category) {
        return "Share of work hours worked by " + SHARES.getOrDefault(category, category.toLowerCase()) + " (%)";
    }

    static void criteria(ObjectNode tender, SolicitationView s, StandardVersionContent content) {
        LocalDate on = s.submissionDeadline().toLocalDate();
        ArrayNode criteria = tender.putArray("criteria");
        ObjectNode wages = criterion(criteria, "wages", "Wages", "Hourly base wage offered per classification; at least "
                + "the highest wage floor of standard " + s.standardCode() + " version " + s.standardVersion() + " in force");
        ArrayNode reqs = group(wages, "wages-1");
        for (int i = 0; i < s.classifications().size(); i++) {
            String c = s.classifications().get(i);
            ObjectNode r = requirement(reqs, wageId(i), "Hourly base wage: " + c, "number");
            content.floorsFor(c, on).stream().map(WageFloor::hourlyRate).max(BigDecimal::compareTo)
                    .ifPresent(min -> r.put("minValue", min));
        }
        if (s.classifications().isEmpty()) {
            requirement(reqs, "wage-all", "Hourly base wage of every covered worker", "number");
        }
        ObjectNode shares = criterion(criteria, "workforce", "Workforce shares", "Shares of work hours committed, "
                + "measured on certified payroll");
        ArrayNode shareReqs = group(shares, "workforce-1");
        for (String category : SHARES.keySet().stream().sorted().toList()) {
            ObjectNode r = requirement(shareReqs, shareId(category), shareTitle(category), "number");
            content.workforceTargets().stream().filter(t -> t.category().name().equals(category))
                    .map(WorkforceTarget::sharePercent).max(BigDecimal::compareTo).ifPresent(min -> r.put("minValue", min));
        }
        ObjectNode other = criterion(criteria, "job-quality", "Other job-quality commitments",
                "Benefits, schedules, training and worker voice, as committed in the bid and held in the contract");
        ArrayNode otherReqs = group(other, "job-quality-1");
        OTHER.forEach((id, title) -> requirement(otherReqs, id, title,
                id.startsWith("has") ? "boolean" : id.endsWith("Days") ? "integer" : "number"));
    }

    /** A bid's commitments as responses to the requirements (ids prefixed with the bid's, so unique in the process). */
    static void responses(ArrayNode out, String prefix, SolicitationView s, BidSubmission b) {
        for (BidSubmission.WageOffer o : b.wageOffers()) {
            int i = s.classifications().indexOf(o.classification());
            if (i >= 0) {
                response(out, prefix, wageId(i), o.baseRate());
            }
        }
        share(out, prefix, "LOCAL_RESIDENTS", b.localResidentHoursSharePercent());
        share(out, prefix, "PEOPLE_OF_COLOR", b.peopleOfColorHoursSharePercent());
        share(out, prefix, "WOMEN", b.womenHoursSharePercent());
        share(out, prefix, "APPRENTICES", b.apprenticeHoursSharePercent());
        Object[] values = {b.lowestHourlyWage(), b.employerHealthPremiumSharePercent(), b.paidLeaveDaysPerYear(),
            b.retirementContributionPercent(), b.scheduleNoticeDays(), b.fullTimeSharePercent(),
            b.trainingHoursPerWorkerPerYear(), b.hasCollectiveAgreement(), b.hasWorkerCommittee()};
        List<String> ids = List.copyOf(OTHER.keySet());
        for (int i = 0; i < ids.size(); i++) {
            if (values[i] != null) {
                response(out, prefix, ids.get(i), values[i]);
            }
        }
    }

    static void share(ArrayNode out, String prefix, String category, BigDecimal value) {
        if (value != null) {
            response(out, prefix, shareId(category), value);
        }
    }

    static void response(ArrayNode out, String prefix, String requirementId, Object value) {
        ObjectNode r = out.addObject();
        r.put("id", prefix + "-" + requirementId);
        if (value instanceof BigDecimal d) {
            r.put("value", d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros());
        } else if (value instanceof Integer n) {
            r.put("value", n);
        } else if (value instanceof Boolean f) {
            r.put("value", f);
        } else {
            r.put("value", Objects.toString(value));
        }
        r.putObject("requirement").put("id", requirementId);
    }

    private static ObjectNode criterion(ArrayNode criteria, String id, String title, String description) {
        ObjectNode c = criteria.addObject();
        c.put("id", id);
        c.put("title", title);
        c.put("description", description);
        return c;
    }

    private static ArrayNode group(ObjectNode criterion, String id) {
        ObjectNode g = criterion.putArray("requirementGroups").addObject();
        g.put("id", id);
        return g.putArray("requirements");
    }

    private static ObjectNode requirement(ArrayNode reqs, String id, String title, String dataType) {
        ObjectNode r = reqs.addObject();
        r.put("id", id);
        r.put("title", title);
        r.put("dataType", dataType);
        return r;
    }
}
