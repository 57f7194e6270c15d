package org.highroad.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid request bodies for standards, as mutable JSON so a test can break exactly one field. */
public final class StandardBodies {

    private StandardBodies() {
    }

    public static ObjectNode newStandard(String code) {
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("code", code);
        body.put("title", "Test standard " + code);
        body.put("agencyCode", "DEMO-CITY");
        body.set("version", version("2025-07-01"));
        return body;
    }

    public static ObjectNode version(String effectiveFrom) {
        ObjectNode v = Http.JSON.createObjectNode();
        v.put("effectiveFrom", effectiveFrom);
        v.put("summary", "Service contracts: living wage and BRJP-style shares");
        ArrayNode floors = v.putArray("wageFloors");
        floors.addObject().put("label", "Living wage").put("hourlyRate", 18.20).put("effectiveFrom", "2024-07-01")
                .put("scope", "ALL_COVERED_WORK").put("source", "ORDINANCE")
                .put("citation", "Boston Jobs and Living Wage Ordinance, rate from July 1, 2024");
        ObjectNode wd = v.putArray("wageDeterminations").addObject();
        wd.put("number", "MA20250001").put("modification", 2).put("constructionType", "BUILDING").put("area", "Suffolk County");
        wd.putArray("rates").addObject().put("classification", "Electrician").put("identifier", "ELEC0103-001")
                .put("baseRate", 58.45).put("fringeRate", 31.20);
        v.putArray("workforceTargets").addObject().put("category", "LOCAL_RESIDENTS").put("sharePercent", 51)
                .put("perTrade", true).put("journeyAndApprenticeSeparately", true).put("citation", "BRJP 2017");
        ArrayNode rubric = v.putArray("rubric");
        rubric.addObject().put("code", "WAGE-FLOOR").put("name", "Lowest wage meets the floor").put("principle", "EARNINGS")
                .put("kind", "MANDATORY_FLOOR").put("weight", 0).put("metric", "lowestHourlyWage").put("minimum", 18.20);
        rubric.addObject().put("code", "WAGE").put("name", "Wage above the floor").put("principle", "EARNINGS")
                .put("kind", "LINEAR").put("weight", 40).put("metric", "lowestHourlyWage")
                .put("zeroPointsAt", 18.20).put("fullPointsAt", 25);
        rubric.addObject().put("code", "HEALTH").put("name", "Employer health premium share").put("principle", "BENEFITS")
                .put("kind", "PROPORTIONAL_TO_TARGET").put("weight", 20).put("metric", "employerHealthPremiumSharePercent")
                .put("target", 80);
        rubric.addObject().put("code", "PRICE").put("name", "Price").put("kind", "PRICE").put("weight", 40)
                .put("metric", "price");
        v.putArray("eligibilityRules").addObject().put("kind", "ACTIVE_DEBARMENT").put("citation", "SAM.gov exclusions");
        ObjectNode e = v.putObject("enforcement");
        e.put("reportingDeadlineDays", 7).put("curePeriodBusinessDays", 10).put("restitutionThreshold", 10.00)
                .put("finePerViolationPerDay", 300.00).put("fineCap", 30000.00).put("weeklyOvertimeAfterHours", 40);
        return v;
    }
}
