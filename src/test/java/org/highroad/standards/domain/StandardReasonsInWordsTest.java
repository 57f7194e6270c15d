package org.highroad.standards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.StandardVersionContent;
import org.highroad.support.Http;
import org.highroad.support.StandardBodies;
import org.junit.jupiter.api.Test;

/**
 * The reasons a standard version is refused for, as the API answers them and the edit form shows them, are words a
 * reader reads: no constant of the code (PRICE, LINEAR, UNRESOLVED_WAGE_THEFT), no field name (zeroPointsAt,
 * finePerViolationPerDay, rubric[1]); and a Spanish page says each in Spanish, the choices they name too.
 */
class StandardReasonsInWordsTest {

    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)*\\b");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern INDEXED = Pattern.compile("\\w+\\[\\d+]");

    @Test
    void everyBrokenRuleOfAVersionIsSaidInWords() {
        ObjectNode v = StandardBodies.version("2026-07-01");
        ArrayNode floors = (ArrayNode) v.get("wageFloors");
        ((ObjectNode) floors.get(0)).put("effectiveUntil", "2024-01-01");
        ArrayNode targets = (ArrayNode) v.get("workforceTargets");
        targets.add(targets.get(0).deepCopy());
        ArrayNode rules = (ArrayNode) v.get("eligibilityRules");
        rules.addObject().put("kind", "UNRESOLVED_WAGE_THEFT").put("citation", "state wage law");
        rules.addObject().put("kind", "UNRESOLVED_WAGE_THEFT").put("lookbackYears", 3).put("citation", "state wage law");
        ((ObjectNode) v.get("enforcement")).put("fineCap", 100.00);
        ArrayNode rubric = (ArrayNode) v.get("rubric");
        ((ObjectNode) rubric.get(1)).remove("zeroPointsAt");
        ((ObjectNode) rubric.get(1)).remove("fullPointsAt");
        ((ObjectNode) rubric.get(2)).put("target", 0).put("cap", 0.5);
        ((ObjectNode) rubric.get(3)).put("principle", "EARNINGS");
        rubric.addObject().put("code", "WAGE").put("name", "Another price").put("kind", "PRICE").put("weight", 1)
                .put("metric", "price");
        rubric.addObject().put("code", "TIERS").put("name", "Tiers").put("principle", "SCHEDULES").put("kind", "TIERED")
                .put("weight", 1).put("metric", "scheduleNoticeDays").put("decisionRef", "1 bad name");
        rubric.addObject().put("code", "SAME").put("name", "Same ends").put("principle", "SCHEDULES").put("kind", "LINEAR")
                .put("weight", 1).put("metric", "scheduleNoticeDays").put("zeroPointsAt", 3).put("fullPointsAt", 3);
        rubric.addObject().put("code", "NO-KIND").put("name", "No kind").put("weight", 1);
        StandardVersionContent content = Http.JSON.convertValue(v, StandardVersionContent.class);

        List<Violation> refused = StandardVersionRules.check(content, "");
        assertThat(refused).extracting(Violation::field).contains("wageFloors[0].effectiveUntil",
                "workforceTargets[1].category", "eligibilityRules[2].kind", "eligibilityRules[1].lookbackYears",
                "enforcement.fineCap", "rubric[1].zeroPointsAt", "rubric[1].fullPointsAt", "rubric[2].target", "rubric[2].cap",
                "rubric[3].principle", "rubric[4].code", "rubric[4].kind", "rubric[5].decisionRef", "rubric[6].fullPointsAt",
                "rubric[7].kind", "rubric[7].principle", "rubric[7].metric");
        PageReasons reasons = PageReasonsTest.reasons();
        for (Violation violation : refused) {
            String said = violation.reason();
            String reason = said.replace(" WAGE ", " "); // a criterion's code is the agency's own, not the code's
            assertThat(CONSTANT.matcher(reason).find()).as("a constant in \"%s\"", reason).isFalse();
            assertThat(CAMEL_CASE.matcher(reason).find()).as("a field name in \"%s\"", reason).isFalse();
            assertThat(INDEXED.matcher(reason).find()).as("a field path in \"%s\"", reason).isFalse();
            String spanish = reasons.text(said, Locale.forLanguageTag("es"));
            assertThat(spanish).as("\"%s\" in Spanish", said).isNotEqualTo(said);
            spanish = spanish.replace(" WAGE ", " ");
            assertThat(CONSTANT.matcher(spanish).find() || CAMEL_CASE.matcher(spanish).find()).as(spanish).isFalse();
        }
        assertThat(refused).extracting(Violation::reason).contains("the rule on unresolved wage theft is listed twice",
                "is required for the rule on unresolved wage theft", "the category local residents is listed twice",
                "code WAGE is already used by criterion 2");
        assertThat(refused).extracting(Violation::reason).anyMatch(r -> r.equals("must be at least the fine per violation per day, $300.00"));
        assertThat(reasons.text("the rule on unresolved wage theft is listed twice", Locale.forLanguageTag("es")))
                .isEqualTo("la regla sobre robo de salario sin resolver figura dos veces");
    }

    @Test
    void aFineCapBelowTheDailyFineAnUnnamedCriterionAndAnUnknownAnswerAreSaidInSpanishWords() {
        ObjectNode v = StandardBodies.version("2026-07-01");
        ((ObjectNode) v.get("enforcement")).put("fineCap", 1.00).put("finePerViolationPerDay", 5.00);
        ArrayNode rubric = (ArrayNode) v.get("rubric");
        ((ObjectNode) rubric.get(2)).remove("code");
        ((ObjectNode) rubric.get(2)).put("metric", "fooBar");
        StandardVersionContent content = Http.JSON.convertValue(v, StandardVersionContent.class);
        List<Violation> refused = StandardVersionRules.check(content, "");
        PageReasons reasons = PageReasonsTest.reasons();
        Locale es = Locale.forLanguageTag("es");

        String cap = reason(refused, "enforcement.fineCap");
        assertThat(cap).isEqualTo("must be at least the fine per violation per day, $5.00");
        assertThat(reasons.text(cap, es)).isEqualTo("debe ser como mínimo la multa por infracción y día, $5.00");
        String code = reason(refused, "rubric[2].code");
        assertThat(code).isEqualTo("the criterion's short code is required");
        assertThat(reasons.text(code, es)).isEqualTo("el código corto del criterio es obligatorio");
        String metric = reason(refused, "rubric[2].metric");
        assertThat(metric).startsWith("fooBar is not an answer bids give; a criterion scores one of these, as the API "
                + "names them: apprenticeHoursSharePercent, ");
        assertThat(reasons.text(metric, es)).startsWith("fooBar no es una respuesta que den las ofertas; un criterio puntúa "
                + "una de estas, con el nombre que les da la API: apprenticeHoursSharePercent, ");
    }

    /**
     * A living-wage version whose floor for all covered work gives way to a wage determination, or a version that drops
     * or lowers the floor of the version it replaces, at proposal and at adoption: each refusal in words, in Spanish too.
     */
    @Test
    void aFloorGivenWayToADeterminationOrLoweredAtAdoptionIsSaidInSpanishWords() {
        PageReasons reasons = PageReasonsTest.reasons();
        Locale es = Locale.forLanguageTag("es");
        StandardVersionContent livingWage = Http.JSON.convertValue(StandardBodies.version("2030-01-01"),
                StandardVersionContent.class);
        StandardVersionRules.Replaced replaced = new StandardVersionRules.Replaced(1, livingWage);

        ObjectNode janitorOnly = StandardBodies.version("2030-01-01");
        janitorOnly.putArray("wageFloors");
        ((ObjectNode) janitorOnly.get("wageDeterminations").get(0)).putArray("rates").addObject()
                .put("classification", "Janitor").put("baseRate", 1.00).put("fringeRate", 0);
        List<Violation> refused = StandardVersionRules.floorsNeeded(Http.JSON.convertValue(janitorOnly,
                StandardVersionContent.class), true, replaced, "");
        assertThat(refused).extracting(Violation::reason).containsExactly("must have a wage floor in force on 2030-01-01 "
                + "for all covered work (at least the federal minimum wage, $7.25 an hour), when the version comes into "
                + "force: its rubric holds every covered worker's lowest hourly wage to a floor, and a wage determination's "
                + "rates cover only their classifications", "sets no wage floor for all covered work on 2030-01-01, where "
                + "version 1 (the version it replaces) sets $18.20: a new version may not drop it, and a wage "
                + "determination's rates cover only their classifications");
        assertThat(reasons.text(refused.get(0).reason(), es)).startsWith("debe tener un salario mínimo vigente el "
                + "2030-01-01 para todo el trabajo cubierto").contains("su rúbrica exige");
        assertThat(reasons.text(refused.get(1).reason(), es)).isEqualTo("no fija salario mínimo para todo el trabajo "
                + "cubierto el 2030-01-01, cuando la versión 1 (la versión a la que sustituye) fija $18.20: una versión "
                + "nueva no puede quitarlo, y las tarifas de una determinación salarial cubren solo sus clasificaciones");

        // a general floor for the first day only, and the determination for the rest
        ObjectNode firstDay = (ObjectNode) StandardBodies.version("2030-01-01").get("wageFloors").get(0);
        ((ArrayNode) janitorOnly.get("wageFloors")).add(firstDay.put("effectiveFrom", "2030-01-01")
                .put("effectiveUntil", "2030-01-01"));
        refused = StandardVersionRules.floorsNeeded(Http.JSON.convertValue(janitorOnly, StandardVersionContent.class),
                true, replaced, "");
        assertThat(refused).extracting(Violation::reason).anyMatch(r -> r.startsWith("leaves covered work without a wage "
                + "floor from 2030-01-02: its rubric holds")).anyMatch(r -> r.startsWith("sets no wage floor for all "
                + "covered work on 2030-01-02, where version 1"));
        assertThat(refused).extracting(r -> reasons.text(r.reason(), es)).anyMatch(r -> r.startsWith("deja el trabajo "
                + "cubierto sin salario mínimo desde el 2030-01-02: su rúbrica exige"));

        // at adoption: the next version, adopted already, would lower the floor this one sets
        String byNext = "version 3, adopted already, would replace this version from 2031-01-01, and it lowers the wage "
                + "floor for all covered work on 2031-01-01 from $18.20, which version 2 (the version it replaces) sets, "
                + "to $7.25: a new version may not lower it";
        assertThat(reasons.codeOf(byNext)).isEqualTo("reason.standards.floorLoweredByNext");
        assertThat(reasons.text(byNext, es)).isEqualTo("la versión 3, ya adoptada, sustituiría a esta desde el 2031-01-01, "
                + "y baja el salario mínimo para todo el trabajo cubierto el 2031-01-01 de $18.20, que fija la versión 2 "
                + "(la versión a la que sustituye), a $7.25: una versión nueva no puede bajarlo");
    }

    private static String reason(List<Violation> refused, String field) {
        return refused.stream().filter(r -> r.field().equals(field)).map(Violation::reason).findFirst().orElseThrow();
    }
}
