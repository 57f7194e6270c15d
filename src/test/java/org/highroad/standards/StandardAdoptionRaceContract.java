package org.highroad.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.highroad.standards.process.StandardAdoptionProcess;
import org.highroad.support.ApiTest;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two versions of one standard adopted at the same moment (ADR 0038): each adoption's check would pass alone, and
 * the two together would cut the living wage (version 2, the federal minimum from 2030, replacing version 1). The
 * standard is locked while a decision is recorded, so one is adopted and the other refused in words: a 409 naming the
 * reason, its review task open again with that reason, nothing of it written.
 */
abstract class StandardAdoptionRaceContract extends ApiTest {

    private static final String LOWERED = "lowers the wage floor for all covered work on 2030-01-01 from $18.20, which "
            + "version 1 (the version it replaces) sets, to $7.25: a new version may not lower it";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StandardAdoptionProcess adoption;
    @Autowired
    RuntimeService runtime;

    @Test
    void twoAdoptionsAtTheSameMomentOneIsAdoptedTheOtherRefusedWithItsReason() throws Exception {
        for (int round = 0; round < 3; round++) { // the moment the two meet differs from round to round
            race();
        }
    }

    private void race() throws Exception {
        String code = "RACE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Response created = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ObjectNode cut = StandardBodies.version("2030-01-01");
        ((ObjectNode) cut.get("wageFloors").get(0)).put("hourlyRate", 7.25).put("effectiveFrom", "2030-01-01");
        Response draft = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", cut);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        // version 2 proposed while version 1 is a draft (nothing to compare with), then version 1
        assertThat(as(TestUsers.ADMIN).post(path(code, 2) + "/proposal", Map.of()).status()).isEqualTo(200);
        assertThat(as(TestUsers.REVIEWER).post(path(code, 1) + "/proposal", Map.of()).status()).isEqualTo(200);
        long rowVersionBefore = rowVersion(code);

        List<Callable<Response>> adoptions = List.of(
                () -> as(TestUsers.ADMIN).post(path(code, 1) + "/decision", Map.of("decision", "ADOPT", "comment", "Reviewed")),
                () -> as(TestUsers.REVIEWER).post(path(code, 2) + "/decision", Map.of("decision", "ADOPT", "comment", "Reviewed")));
        List<Response> answers = AtOnce.atOnce(adoptions);

        List<Integer> statuses = answers.stream().map(Response::status).toList();
        assertThat(statuses).as(answers.get(0).body() + " / " + answers.get(1).body()).containsExactlyInAnyOrder(200, 409);
        int won = statuses.get(0) == 200 ? 1 : 2;
        int lost = 3 - won;
        Response refused = answers.get(lost - 1);
        // either order is refused in the words of the check made one after the other
        String reason = won == 1 ? LOWERED
                : "version 2, adopted already, would replace this version from 2030-01-01, and it " + LOWERED;
        assertThat(refused.json().path("detail").asText()).isEqualTo(reason);
        assertThat(refused.body()).doesNotContain("Exception", "rollback");

        assertThat(status(code, won)).isEqualTo("ADOPTED");
        assertThat(status(code, lost)).isEqualTo("PROPOSED");
        assertThat(jdbc.queryForObject("select count(*) from standard_version v join job_quality_standard s on "
                + "s.id = v.standard_id where s.code = ? and v.adoption_status = 'ADOPTED'", Integer.class, code)).isEqualTo(1);
        // one version in force on any day: the winner's from its first day, none before it
        assertThat(inForce(code, "2030-02-01")).isEqualTo(won);
        assertThat(inForce(code, "2026-01-01")).isEqualTo(won == 1 ? 1 : -1);

        // the loser's review is open again, no incident, the reason shown to whom it refused
        long loserId = as(TestUsers.ADMIN).get(path(code, lost)).json().path("id").asLong();
        assertThat(adoption.reviewTask(loserId)).isPresent();
        assertThat(adoption.adoptionsRunning(loserId)).isEqualTo(1);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(StandardAdoptionProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(loserId)).singleResult().getId();
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtime.getVariable(instance, StandardAdoptionProcess.VAR_REFUSAL)).isEqualTo(reason);
        // every recorded decision moved the standard's row version on
        assertThat(rowVersion(code)).isGreaterThan(rowVersionBefore);
    }

    private static String path(String code, int n) {
        return "/api/standards/" + code + "/versions/" + n;
    }

    private String status(String code, int n) {
        return as(TestUsers.ADMIN).get(path(code, n)).json().path("adoption").path("status").asText();
    }

    private int inForce(String code, String date) {
        Response r = as(TestUsers.ADMIN).get("/api/standards/" + code + "/in-force?date=" + date);
        return r.status() == 404 ? -1 : r.json().path("version").asInt();
    }

    private long rowVersion(String code) {
        return jdbc.queryForObject("select row_version from job_quality_standard where code = ?", Long.class, code);
    }
}
