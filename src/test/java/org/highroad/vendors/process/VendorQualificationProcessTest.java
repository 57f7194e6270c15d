package org.highroad.vendors.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.support.ApiTest;
import org.highroad.support.PageSession;
import org.highroad.support.ShownLinks;
import org.highroad.support.Tasklist;
import org.highroad.support.TestUsers;
import org.highroad.vendors.QualificationFixtures;
import org.highroad.vendors.QualificationView;
import org.highroad.vendors.QualificationView.Status;
import org.highroad.vendors.VendorQualifications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.AuthorizationException;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricFormField;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.history.HistoricVariableUpdate;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code vendor-qualification.bpmn} on the engine, driven as Tasklist drives it: the officer
 * submits the review task's form while authenticated with their groups; the expiry timer is fired by hand.
 */
class VendorQualificationProcessTest extends ApiTest {

    @Autowired
    VendorQualifications qualifications;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
    @Autowired
    FormService forms;
    @Autowired
    Clock clock;
    @Autowired
    RetiredVariables retired;

    private String standard;
    private HighroadUser harbor;

    @BeforeEach
    void adoptAStandardForThisTest() {
        standard = QualificationFixtures.adoptedStandard(this::as);
        harbor = new HighroadUser(TestUsers.HARBOR, Set.of(Role.CONTRACTOR), users.vendorOf(TestUsers.HARBOR));
    }

    /** "Today" as the application sees it: its clock (UTC, and movable in tests), not this machine's. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private QualificationView filed() {
        return qualifications.file(harbor.vendorId(), standard, QualificationFixtures.profileRecord(), harbor);
    }

    private Task reviewTask(QualificationView q) {
        return tasks.createTaskQuery().processDefinitionKey(VendorQualificationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(q.id()))
                .taskDefinitionKey(VendorQualificationProcess.TASK_REVIEW).singleResult();
    }

    private String instanceOf(QualificationView q) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(VendorQualificationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(q.id())).singleResult().getId();
    }

    private void completeAs(String user, Task task, String decision, String qualifiedUntil, String notes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VendorQualificationProcess.VAR_DECISION, decision);
        variables.put(VendorQualificationProcess.VAR_QUALIFIED_UNTIL, qualifiedUntil);
        variables.put(VendorQualificationProcess.VAR_NOTES, notes);
        new Tasklist(forms, tasks, identity).submit(user, task.getId(), variables);
    }

    private List<String> passed(String instanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    private Job expiryTimer(String instanceId) {
        return management.createJobQuery().processInstanceId(instanceId).timers()
                .activityId(VendorQualificationProcess.EVENT_QUALIFICATION_EXPIRES).singleResult();
    }

    private QualificationView read(QualificationView q) {
        return qualifications.get(q.id(), harbor);
    }

    @Test
    void aFiledProfileWaitsForAProcurementOfficerWithTheFormAndItsIds() {
        QualificationView q = filed();
        Task task = reviewTask(q);
        assertThat(task).isNotNull();
        // the description sends the officer to the profile's page with its real ids, not to the API with placeholders
        assertThat(task.getDescription()).contains("/staff/vendors/" + harbor.vendorId() + "/qualifications/" + q.id())
                .doesNotContain("GET /api", "{");
        assertThat(tasks.getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "procurementOfficers".equals(link.getGroupId()));
        Map<String, Object> variables = tasks.getVariables(task.getId());
        assertThat(variables).containsEntry(VendorQualificationProcess.VAR_QUALIFICATION_ID, q.id())
                .containsEntry(VendorQualificationProcess.VAR_VENDOR_ID, harbor.vendorId())
                .containsEntry(VendorQualificationProcess.VAR_STANDARD_CODE, standard)
                .containsEntry(VendorQualificationProcess.VAR_STANDARD_VERSION, 1);
        assertThat(variables).as("the vendor's name and who filed are the vendor registry's and the profile's, read by id")
                .doesNotContainKeys("vendorName", "filedBy");
        assertThat(variables).as("the profile's score is read through the API, never copied into the process")
                .doesNotContainKeys("totalScore", "scorecardStatus");
        assertThat(variables.values()).as("ids, flags and labels only")
                .allMatch(v -> v instanceof String || v instanceof Number || v instanceof Boolean);
        var formRef = forms.getTaskFormData(task.getId()).getOperatonFormRef();
        assertThat(formRef.getKey()).isEqualTo(VendorQualificationProcess.FORM_REVIEW);
        assertThat(formRef.getBinding()).isEqualTo("deployment");
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            String deployed = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(deployed)
                    .as("the form from forms/ was deployed with the model")
                    .contains("\"key\": \"decision\"", "\"key\": \"qualifiedUntil\"", "\"key\": \"notes\"");
            // the vendor's record and the profile open as pages in the officer's signed-in browser
            List<String> links = ShownLinks.inForm(deployed, variables);
            assertThat(links).containsExactly("/staff/vendors/" + harbor.vendorId(),
                    "/staff/vendors/" + harbor.vendorId() + "/qualifications/" + q.id());
            PageSession officer = new PageSession(port);
            officer.signIn(TestUsers.OFFICER, TestUsers.PASSWORD);
            ShownLinks.openFor(officer, "officer", links);
            assertThat(officer.get(links.get(0)).body()).contains("Harbor Builders LLC", "href=\"" + links.get(1) + "\"");
            assertThat(officer.get(links.get(1)).body()).contains("id=\"scorecard\"",
                    "Waiting for a procurement officer&#39;s review in Tasklist", "href=\"/staff/standards/" + standard + "/versions/1\"");
            assertThat(officer.get(links.get(1) + "?lang=es").body()).contains("Tarjeta de puntuación", "Las respuestas del perfil");
            // the criteria a profile does not answer, by name (not code), and only those: every linear criterion on a
            // measure the profile holds is scored here
            String page = org.springframework.web.util.HtmlUtils.htmlUnescape(officer.get(links.get(1) + "?lang=en").body());
            assertThat(page).contains("id=\"at-bid-time\"", "as a profile does not answer them: Bid price, wage above floor.")
                    .doesNotContain("PRICE, WAGE-ABOVE-FLOOR", "cannot answer them", "id=\"answered-at-bid-time\"");
            assertThat(page.substring(page.indexOf("id=\"at-bid-time\""))).doesNotContain("schedule notice");
            assertThat(officer.get(links.get(1) + "?lang=es").body()).contains("porque un perfil no los responde: Bid price");
            // "none" agrees with the list it is under (inhabilitaciones, infracciones: ninguna)
            String vendorEs = officer.get(links.get(0) + "?lang=es").body();
            assertThat(vendorEs).doesNotContain("id=\"no-debarments\">Ninguno.", "id=\"no-violations\">Ninguno.");
            if (vendorEs.contains("id=\"no-debarments\"")) {
                assertThat(vendorEs).contains("id=\"no-debarments\">Ninguna.");
            }
            officer.get(links.get(1) + "?lang=en");
            // a contractor opens no staff page, its own vendor's included
            PageSession contractor = new PageSession(port);
            contractor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
            for (String link : links) {
                assertThat(contractor.get(link).status()).as(link).isEqualTo(403);
            }
            assertThat(officer.get("/staff/vendors/" + harbor.vendorId() + "/qualifications/999999").status()).isEqualTo(404);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anOfficerPreQualifiesTheVendorUntilADateAndTheExpiryTimerWaits() {
        QualificationView q = filed();
        String instanceId = instanceOf(q);
        LocalDate until = today().plusYears(2);
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_QUALIFY, until.toString(),
                "Meets the standard");

        QualificationView decided = read(q);
        assertThat(decided.status()).isEqualTo(Status.QUALIFIED);
        assertThat(decided.decision().decidedBy()).as("the vendor does not read the officer's name").isNull();
        assertThat(qualifications.get(q.id(), new HighroadUser(TestUsers.AUDITOR, Set.of(Role.AUDITOR), null)).decision()
                .decidedBy()).isEqualTo(TestUsers.OFFICER);
        assertThat(decided.decision().qualifiedUntil()).isEqualTo(until);
        assertThat(decided.decision().notes()).isEqualTo("Meets the standard");
        Job timer = expiryTimer(instanceId);
        assertThat(timer).as("the expiry timer").isNotNull();
        assertThat(timer.getDuedate()).as("the end of the last qualified day, UTC")
                .isEqualTo(Date.from(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        assertThat(runtime.getActiveActivityIds(instanceId))
                .containsExactly(VendorQualificationProcess.EVENT_QUALIFICATION_EXPIRES);
        assertThat(passed(instanceId)).containsSubsequence(VendorQualificationProcess.EVENT_FILED,
                VendorQualificationProcess.TASK_REVIEW, VendorQualificationProcess.TASK_RECORD_DECISION,
                VendorQualificationProcess.GATEWAY_QUALIFIED, VendorQualificationProcess.EVENT_QUALIFICATION_EXPIRES);

        assertThat(qualifications.prequalification(harbor.vendorId(), standard, today())).isPresent()
                .hasValueSatisfying(p -> assertThat(p.qualifiedUntil()).isEqualTo(until));
        assertThat(qualifications.prequalification(harbor.vendorId(), standard, until)).isPresent();
        assertThat(qualifications.prequalification(harbor.vendorId(), standard, until.plusDays(1))).isEmpty();
        assertThat(qualifications.prequalification(harbor.vendorId(), "OTHER-STANDARD", today())).isEmpty();
        assertThat(qualifications.profileAnswers(harbor.vendorId(), standard, today())).hasValueSatisfying(
                answers -> assertThat(answers.numbers().get("scheduleNoticeDays")).isEqualByComparingTo("7"));
    }

    @Test
    void aProfileSentBackKeepsTheNotesAndTheVendorMayFileAgain() {
        QualificationView q = filed();
        String instanceId = instanceOf(q);
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_IMPROVE, null,
                "Give at least 14 days of schedule notice");

        QualificationView sentBack = read(q);
        assertThat(sentBack.status()).isEqualTo(Status.SENT_BACK);
        assertThat(sentBack.decision().notes()).isEqualTo("Give at least 14 days of schedule notice");
        assertThat(sentBack.decision().qualifiedUntil()).isNull();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(passed(instanceId)).contains(VendorQualificationProcess.END_SENT_BACK)
                .doesNotContain(VendorQualificationProcess.EVENT_QUALIFICATION_EXPIRES);
        assertThat(qualifications.prequalification(harbor.vendorId(), standard, today())).isEmpty();

        QualificationView again = filed();
        assertThat(again.id()).isNotEqualTo(q.id());
        assertThat(reviewTask(again)).as("a new review starts").isNotNull();
    }

    @Test
    void aPreQualificationLapsesWhenItsTimerFires() {
        QualificationView q = filed();
        String instanceId = instanceOf(q);
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_QUALIFY,
                today().plusMonths(6).toString(), "Meets the standard");
        assertThat(qualifications.prequalification(harbor.vendorId(), standard, today())).isPresent();

        management.executeJob(expiryTimer(instanceId).getId());

        QualificationView expired = read(q);
        assertThat(expired.status()).isEqualTo(Status.EXPIRED);
        assertThat(expired.expiredAt()).isNotNull();
        // expiry closes the window; it does not rewrite the past: a bid dated inside the window keeps it
        LocalDate afterTheWindow = today().plusMonths(6).plusDays(1);
        assertThat(qualifications.prequalification(harbor.vendorId(), standard, afterTheWindow)).isEmpty();
        assertThat(qualifications.profileAnswers(harbor.vendorId(), standard, afterTheWindow)).isEmpty();
        assertThat(qualifications.prequalification(harbor.vendorId(), standard, today())).isPresent();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        assertThat(passed(instanceId)).containsSubsequence(VendorQualificationProcess.EVENT_QUALIFICATION_EXPIRES,
                VendorQualificationProcess.TASK_EXPIRE, VendorQualificationProcess.END_EXPIRED);
    }

    @Test
    void someoneOutsideTheProcurementOfficersCannotCompleteTheReview() {
        QualificationView q = filed();
        Task task = reviewTask(q);
        assertThatThrownBy(() -> completeAs(TestUsers.AUDITOR, task, VendorQualificationProcess.DECISION_QUALIFY,
                today().plusYears(1).toString(), "not mine to decide")).isInstanceOf(AuthorizationException.class);
        assertThat(read(q).status()).isEqualTo(Status.SUBMITTED);
        assertThat(reviewTask(q)).isNotNull();
    }

    @Test
    void anEngineAdministratorWhoIsNotAnOfficerIsSentBackToTheTask() {
        QualificationView q = filed();
        completeAs(TestUsers.ADMIN, reviewTask(q), VendorQualificationProcess.DECISION_QUALIFY,
                today().plusYears(1).toString(), "admins see every task in Tasklist");
        assertThat(read(q).status()).isEqualTo(Status.SUBMITTED);
        Task again = reviewTask(q);
        assertThat(again).isNotNull();
        assertThat((String) tasks.getVariable(again.getId(), VendorQualificationProcess.VAR_REFUSAL))
                .contains("procurement officer");
    }

    @Test
    void aDateInThePastIsRefusedAndTheTaskComesBackWithTheReason() {
        QualificationView q = filed();
        String instanceId = instanceOf(q);
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_QUALIFY,
                today().minusDays(1).toString(), "Meets the standard");

        assertThat(read(q).status()).isEqualTo(Status.SUBMITTED);
        Task again = reviewTask(q);
        assertThat(again).as("back at the review task").isNotNull();
        assertThat((String) tasks.getVariable(again.getId(), VendorQualificationProcess.VAR_REFUSAL))
                .contains("qualifiedUntil").contains("after today");
        assertThat(passed(instanceId)).containsSubsequence(VendorQualificationProcess.TASK_REVIEW,
                VendorQualificationProcess.TASK_RECORD_DECISION, VendorQualificationProcess.EVENT_DECISION_REFUSED,
                VendorQualificationProcess.TASK_REVIEW);
        assertThat(expiryTimer(instanceId)).isNull();

        completeAs(TestUsers.OFFICER, again, VendorQualificationProcess.DECISION_QUALIFY,
                today().plusYears(1).toString(), "Meets the standard");
        assertThat(read(q).status()).isEqualTo(Status.QUALIFIED);
    }

    @Test
    void unreadableFormValuesAndMissingNotesAreRefusedToo() {
        QualificationView q = filed();
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_QUALIFY, "next spring", "ok");
        assertThat((String) tasks.getVariable(reviewTask(q).getId(), VendorQualificationProcess.VAR_REFUSAL))
                .contains("next spring").contains("YYYY-MM-DD");
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_IMPROVE, null, "");
        assertThat((String) tasks.getVariable(reviewTask(q).getId(), VendorQualificationProcess.VAR_REFUSAL))
                .contains("notes");
        completeAs(TestUsers.OFFICER, reviewTask(q), null, null, "no choice made");
        assertThat((String) tasks.getVariable(reviewTask(q).getId(), VendorQualificationProcess.VAR_REFUSAL))
                .contains("choose a decision");
        assertThat(read(q).status()).isEqualTo(Status.SUBMITTED);
    }

    @Test
    void aRefusedDecisionComesBackWithEmptyFieldsAndTheEngineKeepsNoneOfTheAnswers() {
        QualificationView q = filed();
        String instanceId = instanceOf(q);
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_QUALIFY,
                today().minusDays(1).toString(), "Internal: their payroll figures look rounded");
        Task again = reviewTask(q);
        assertThat(new Tasklist(forms, tasks, identity).formVariables(TestUsers.OFFICER, again.getId()))
                .as("the officer starts again with empty decision fields")
                .doesNotContainKeys(VendorQualificationProcess.VAR_DECISION, VendorQualificationProcess.VAR_QUALIFIED_UNTIL,
                        VendorQualificationProcess.VAR_NOTES);
        completeAs(TestUsers.OFFICER, again, VendorQualificationProcess.DECISION_IMPROVE, null,
                "Give at least 14 days of schedule notice");

        assertThat(read(q).decision().notes()).as("the vendors module keeps the notes for the vendor")
                .isEqualTo("Give at least 14 days of schedule notice");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted().list())
                .extracting(HistoricVariableInstance::getName).doesNotContain(VendorQualificationProcess.VAR_DECISION,
                        VendorQualificationProcess.VAR_QUALIFIED_UNTIL, VendorQualificationProcess.VAR_NOTES, "totalScore",
                        "scorecardStatus");
        assertThat(history.createHistoricDetailQuery().processInstanceId(instanceId).list()).as("no form field history")
                .map(d -> String.valueOf(d instanceof HistoricVariableUpdate update ? update.getValue()
                        : ((HistoricFormField) d).getFieldValue()))
                .noneMatch(v -> v.contains("rounded") || v.contains("schedule notice"));
    }

    @Test
    void aReviewWaitingSinceAnEarlierVersionLosesItsAnswersAndDisplayCopiesFromVariablesAndHistory() {
        QualificationView q = filed();
        String instanceId = instanceOf(q);
        Task task = reviewTask(q);
        // what earlier versions kept: the profile's score for the form, and the answers of a refused attempt
        runtime.setVariables(instanceId, Map.of("totalScore", 24.33, "scorecardStatus", "RESPONSIVE",
                VendorQualificationProcess.VAR_DECISION, VendorQualificationProcess.DECISION_QUALIFY,
                VendorQualificationProcess.VAR_QUALIFIED_UNTIL, "2020-01-01", "vendorName", "Harbor Builders LLC",
                "filedBy", TestUsers.HARBOR));
        tasks.setVariableLocal(task.getId(), VendorQualificationProcess.VAR_NOTES, "Legacy notes");

        assertThat(retired.remove(VendorQualificationProcess.PROCESS_ID, VendorQualificationProcess.RETIRED_VARIABLES)).isEqualTo(7);
        assertThat(retired.remove(VendorQualificationProcess.PROCESS_ID, VendorQualificationProcess.RETIRED_VARIABLES))
                .as("once").isZero();
        assertThat(new Tasklist(forms, tasks, identity).formVariables(TestUsers.OFFICER, task.getId()))
                .doesNotContainKeys("totalScore", "scorecardStatus", VendorQualificationProcess.VAR_DECISION,
                        VendorQualificationProcess.VAR_QUALIFIED_UNTIL, VendorQualificationProcess.VAR_NOTES, "vendorName",
                        "filedBy")
                .containsEntry(VendorQualificationProcess.VAR_QUALIFICATION_ID, q.id());
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted().list())
                .extracting(HistoricVariableInstance::getName).doesNotContain("totalScore", "scorecardStatus",
                        VendorQualificationProcess.VAR_DECISION, VendorQualificationProcess.VAR_NOTES);
        completeAs(TestUsers.OFFICER, task, VendorQualificationProcess.DECISION_QUALIFY, today().plusYears(1).toString(),
                "Meets the standard");
        assertThat(read(q).status()).isEqualTo(Status.QUALIFIED);
    }

    @Test
    void aProfileThatFailsAMandatoryFloorCanOnlyBeSentBack() {
        var belowLivingWage = org.highroad.support.Http.JSON.convertValue(QualificationFixtures.profile()
                .put("lowestHourlyWage", 16.00), org.highroad.vendors.JobQualityProfile.class);
        QualificationView q = qualifications.file(harbor.vendorId(), standard, belowLivingWage, harbor);
        assertThat(q.scorecard().status().name()).isEqualTo("NON_RESPONSIVE");
        assertThat(q.scorecard().failedFloors()).containsExactly("LIVING-WAGE-FLOOR");

        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_QUALIFY,
                today().plusYears(1).toString(), "Looks fine");
        assertThat((String) tasks.getVariable(reviewTask(q).getId(), VendorQualificationProcess.VAR_REFUSAL))
                .contains("LIVING-WAGE-FLOOR");
        completeAs(TestUsers.OFFICER, reviewTask(q), VendorQualificationProcess.DECISION_IMPROVE, null,
                "Pay at least the $18.20 living wage");
        assertThat(read(q).status()).isEqualTo(Status.SENT_BACK);
    }
}
