package org.highroad.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Clause templates are data: an administrator adds a version; placeholders must be ones contracts can fill. */
class ClauseTemplatesApiTest extends ApiTest {

    @Test
    void anAdministratorAddsAVersionThatNewDraftsWillUse() {
        Response added = as(TestUsers.ADMIN).post("/api/clause-templates", Map.of("code", "JOB_QUALITY",
                "heading", "Job-quality commitments", "body", "The Contractor keeps its bid commitments: health share {{healthShare}}%, "
                        + "{{paidLeave}} paid leave days, schedules {{scheduleNotice}} days ahead, {{training}} training hours, "
                        + "retirement {{retirement}}%, {{fullTimeShare}}% full time. Advancement: {{advancementPlan}}. "
                        + "Collective agreement: {{collectiveAgreement}}; worker committee: {{workerCommittee}}."));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        int version = added.json().path("version").asInt();
        assertThat(version).isGreaterThanOrEqualTo(2);
        assertThat(as(TestUsers.OFFICER).get("/api/clause-templates").json().findValuesAsText("code")).contains("JOB_QUALITY", "WAGES");
    }

    @Test
    void aTemplateNamingAnUnknownValueOrCodeIsRefused() {
        Response refused = as(TestUsers.ADMIN).post("/api/clause-templates", Map.of("code", "BONUS", "heading", "Bonus",
                "body", "Pay {{bonusAmount}} to each worker"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFor("code")).contains("WAGES");
        assertThat(refused.errorFor("body")).contains("bonusAmount");
        assertThat(as(TestUsers.OFFICER).post("/api/clause-templates", Map.of("code", "WAGES", "heading", "x", "body", "y"))
                .status()).isEqualTo(403);
    }
}
