package org.highroad.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;

/**
 * Test data for pre-qualification: a standard adopted for the test (so no test depends on the demo presets, which
 * are only proposed) and a valid job-quality profile that a test can break one field at a time.
 *
 * <p>The rubric is the Boston-style service living-wage preset's. Scored on {@link #profile()}: health premium
 * share 75% on 50→100 = 50% of 10 = 5.00; paid leave 10 of 15 days = 8 × 10/15 = 5.33; retirement 3 of 6% = 2.50;
 * schedule notice 7 of 14 days = 4.00; full-time share 60 of 80% = 4.50; worker committee yes = 3.00; collective
 * agreement no = 0.00: total 24.33. Price and pay above the floor are left for bid time.
 */
public final class QualificationFixtures {

    public static final String TOTAL = "24.33";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private QualificationFixtures() {
    }

    /** A new standard whose version 1 (effective 2025-07-01) is proposed by admin and adopted by reviewer. */
    public static String adoptedStandard(Function<String, Http> as) {
        String code = proposedOnly(as);
        String version = "/api/standards/" + code + "/versions/1";
        assertThat(as.apply(TestUsers.ADMIN).post(version + "/proposal", "").status()).isEqualTo(200);
        Response adopted = as.apply(TestUsers.REVIEWER).post(version + "/decision",
                Http.JSON.createObjectNode().put("decision", "ADOPT").put("comment", "adopted for a test"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return code;
    }

    /** A new standard with a draft version only: nothing of it is in force. */
    public static String proposedOnly(Function<String, Http> as) {
        String code = "PREQ-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
        ObjectNode body = StandardBodies.newStandard(code);
        ((ObjectNode) body.get("version")).set("rubric", serviceRubric());
        Response created = as.apply(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    public static ObjectNode profile() {
        ObjectNode p = Http.JSON.createObjectNode();
        p.put("lowestHourlyWage", 21.50).put("medianHourlyWage", 26.00).put("offersHealthCoverage", true)
                .put("employerHealthPremiumSharePercent", 75).put("paidLeaveDaysPerYear", 10)
                .put("retirementContributionPercent", 3).put("scheduleNoticeDays", 7).put("fullTimeSharePercent", 60)
                .put("trainingHoursPerWorkerPerYear", 24).put("promotedFromWithinPercent", 40)
                .put("hasAdvancementPlan", true).put("hasCollectiveAgreement", false).put("hasWorkerCommittee", true)
                .put("seriousSafetyCitationsLast3Years", 0).put("notes", "Crew of 42; figures from 2026 payroll");
        return p;
    }

    public static JobQualityProfile profileRecord() {
        return Http.JSON.convertValue(profile(), JobQualityProfile.class);
    }

    public static ObjectNode filing(String standardCode, ObjectNode profile) {
        ObjectNode body = Http.JSON.createObjectNode().put("standardCode", standardCode);
        body.set("profile", profile);
        return body;
    }

    private static ArrayNode serviceRubric() {
        ArrayNode r = Http.JSON.createArrayNode();
        r.addObject().put("code", "LIVING-WAGE-FLOOR").put("name", "Lowest hourly wage at least $18.20")
                .put("principle", "EARNINGS").put("kind", "MANDATORY_FLOOR").put("weight", 0)
                .put("metric", "lowestHourlyWage").put("minimum", 18.20);
        r.addObject().put("code", "NO-SERIOUS-SAFETY-CITATIONS").put("name", "No serious safety citations")
                .put("principle", "SAFETY_AND_SECURITY").put("kind", "MANDATORY_FLOOR").put("weight", 0)
                .put("metric", "seriousSafetyCitationsLast3Years").put("maximum", 0);
        r.addObject().put("code", "PRICE").put("name", "Bid price").put("kind", "PRICE").put("weight", 40)
                .put("metric", "price");
        linear(r, "WAGE-ABOVE-FLOOR", "EARNINGS", 15, "wageAboveFloorPercent", 0, 20);
        linear(r, "SCHEDULE-NOTICE", "SCHEDULES", 8, "scheduleNoticeDays", 0, 14);
        linear(r, "FULL-TIME-SHARE", "SCHEDULES", 6, "fullTimeSharePercent", 0, 80);
        linear(r, "HEALTH-PREMIUM-SHARE", "BENEFITS", 10, "employerHealthPremiumSharePercent", 50, 100);
        linear(r, "PAID-LEAVE", "BENEFITS", 8, "paidLeaveDaysPerYear", 0, 15);
        linear(r, "RETIREMENT-CONTRIBUTION", "BENEFITS", 5, "retirementContributionPercent", 0, 6);
        r.addObject().put("code", "COLLECTIVE-AGREEMENT").put("name", "Collective agreement")
                .put("principle", "VOICE_AND_REPRESENTATION").put("kind", "YES_NO").put("weight", 5)
                .put("metric", "hasCollectiveAgreement");
        r.addObject().put("code", "WORKER-COMMITTEE").put("name", "Worker committee")
                .put("principle", "VOICE_AND_REPRESENTATION").put("kind", "YES_NO").put("weight", 3)
                .put("metric", "hasWorkerCommittee");
        return r;
    }

    private static void linear(ArrayNode rubric, String code, String principle, int weight, String metric, int zero,
            int full) {
        rubric.addObject().put("code", code).put("name", code.toLowerCase().replace('-', ' '))
                .put("principle", principle).put("kind", "LINEAR").put("weight", weight).put("metric", metric)
                .put("zeroPointsAt", zero).put("fullPointsAt", full);
    }
}
