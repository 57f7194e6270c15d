package org.highroad.complaints.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.complaints.process.WorkerComplaintProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.complaints.ComplaintsTest;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.Tasklist;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricDetail;
import org.operaton.bpm.engine.history.HistoricFormField;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.history.HistoricVariableUpdate;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code worker-complaint.bpmn} on the engine, against a real contract and certified payroll: Harbor's
 * payroll for the week ending 2027-01-09 reports worker 1234 (Maria Garcia), an electrician, for 40 hours at the
 * committed $60.00 ($2,400.00). The clock is moved to 2027-01-20, after that week's due date (2027-01-16) and before the
 * next week's (2027-01-23). The comparison job is run by hand.
 */
class WorkerComplaintProcessTest extends ComplaintsTest {

    private static final String ROSA = "Rosa Delgado";

    @Autowired
    TaskService tasks;
    @Autowired
    TaskCompletion completion;
    @Autowired
    FormService forms;
    @Autowired
    IdentityService identity;

    private long contract;
    private long harbor;

    @BeforeEach
    void harborReportsWeekOne() {
        contract = contractWithStatement("Complaint " + System.nanoTime());
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        harbor = users.vendorOf(TestUsers.HARBOR);
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-20T12:00:00Z")));
    }

    private long complaintOf(Object hours, Object pay, String week) {
        Map<String, Object> body = with(with(with(complaint(), "hoursClaimed", hours), "payClaimed", pay), "weekEnding", week);
        body.put("anonymous", false);
        body.put("contact", Map.of("name", ROSA, "phone", "617-555-0142", "email", "rosa.d@example.org"));
        return file(body);
    }

    private Response triage(long id, String user, Object contractId, Object vendorId, String worker, String week) {
        Map<String, Object> body = new HashMap<>();
        body.put("contractId", contractId);
        body.put("vendorId", vendorId);
        body.put("workerRef", worker);
        body.put("weekEnding", week);
        body.put("note", "matched the employer to the contract");
        return as(user).post("/api/complaints/" + id + "/triage", body);
    }

    private JsonNode triagedAndCompared(long id, String worker, String week) {
        Response triaged = triage(id, TestUsers.AUDITOR, contract, harbor, worker, week);
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(202);
        assertThat(triaged.json().path("status").asText()).isEqualTo("TRIAGED");
        Jobs.runDue(management);
        return as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
    }

    @Test
    void claimedHoursAndPayAboveThePayrollBecomeAFindingInTheContractorsCaseWithoutTheComplainant() {
        long id = complaintOf(50, 2000.00, WEEK);
        JsonNode complaint = triagedAndCompared(id, "1234", WEEK);

        assertThat(complaint.path("status").asText()).isEqualTo("FINDING_RECORDED");
        assertThat(complaint.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        assertThat(complaint.path("comparison").path("detail").asText()).contains("50.00 hours worked against 40.00 reported")
                .contains("$2,000.00 paid against $2,400.00 due");
        long finding = complaint.path("comparison").path("findingId").asLong();
        assertThat(openTask(id)).as("a discrepancy is substantiated by a visit or an interview").isEqualTo(TASK_SITE_VISIT);

        JsonNode recorded = only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(), finding);
        assertThat(recorded.path("kind").asText()).isEqualTo("INVESTIGATION_DISCREPANCY");
        assertThat(recorded.path("workerRef").asText()).isEqualTo("1234");
        assertThat(recorded.path("entryNumber").asInt()).as("the row behind it, for the auditor's review").isEqualTo(1);
        assertThat(recorded.path("amountOwed").decimalValue()).isEqualByComparingTo("400.00");
        assertThat(recorded.path("ruleCited").asText()).contains("29 CFR 5.5(a)(3)(i)");

        JsonNode harborCase = caseWith(TestUsers.HARBOR, finding);
        assertThat(harborCase).as("the finding joined Harbor's compliance case").isNotNull();
        String seenByContractor = as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payroll-findings").body()
                + as(TestUsers.HARBOR).all("/api/cases").body()
                + as(TestUsers.HARBOR).get("/api/cases/" + harborCase.path("id").asLong()).body();
        assertThat(seenByContractor).contains(String.valueOf(finding)).doesNotContain("Rosa").doesNotContain("Delgado")
                .doesNotContain("555-0142").doesNotContain("rosa.d@").doesNotContain(complaint.path("receipt").asText())
                .doesNotContainIgnoringCase("complain").doesNotContain("paid for 40");
        assertThat(as(TestUsers.HARBOR).get("/api/complaints/" + id).status()).isEqualTo(403);

        List<String> actions = jdbc.queryForList("select action from audit_event where subject_type = 'worker-complaint' "
                + "and subject_id = ? order by id", String.class, id);
        assertThat(actions).containsExactly("RECEIVED", "TRIAGED", "FINDING RECORDED");
        assertThat(triage(id, TestUsers.AUDITOR, contract, harbor, "1234", WEEK).status()).as("triaged once").isEqualTo(409);
    }

    /**
     * Worked by hand: the payroll reports 40 hours at $60.00, $2,400.00 due; the worker says 50 hours and $2,000.00
     * received, so the comparison's finding owes $400.00. The interview substantiates $600.00 owed for the week: the
     * visit's finding owes $600.00 - $400.00 = $200.00, and the worker is owed $600.00 in all, once.
     */
    @Test
    void aDiscrepancyOpensTheVisitWithTheClaimBesideThePayrollAndWhatItSubstantiatesIsOwedOnce() {
        long id = complaintOf(50, 2000.00, WEEK);
        JsonNode complaint = triagedAndCompared(id, "1234", WEEK);
        long discrepancy = complaint.path("comparison").path("findingId").asLong();
        assertThat(openTask(id)).isEqualTo(TASK_SITE_VISIT);

        String shown = (String) forms.getTaskFormVariables(taskId(id)).getValue(SHOWN_CLAIM, String.class);
        assertThat(shown).contains("| " + WEEK + " | 50.00 | $2,000.00 |", "Maria Garcia", ELECTRICIAN, "| 40.00 | $60.00",
                "$2,400.00", "discrepancy", "claim, not substantiated").doesNotContain("/api/", "1234");
        assertThat(runtime.getVariables(processInstance(id)).keySet()).as("the table is no variable")
                .doesNotContain(SHOWN_CLAIM).containsOnly(VAR_COMPLAINT_ID, VAR_RECEIPT, VAR_DISCREPANCY, VAR_REFUSAL);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstance(id)).list())
                .extracting(v -> String.valueOf(v.getValue())).noneMatch(v -> v.contains("Garcia") || v.contains("2,000"));

        Map<String, Object> visit = new HashMap<>(Map.of("visitedOn", "2027-01-20", "outcome", "VIOLATION_FOUND", "notes",
                "two crew members confirm ten hours more", "violation", "hours worked beyond those reported were not paid",
                "amountOwed", "600.00"));
        visit.put("substantiated", List.of(Map.of("weekEnding", "2027-02-06", "amount", "10.00")));
        assertThat(as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", visit).errorFor("substantiated"))
                .as("a week the complaint is not about").contains("not a week of the complaint");
        visit.remove("substantiated");
        Response visited = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", visit);
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        assertThat(endedAt(PROCESS_ID, id, END_VIOLATION)).isTrue();

        JsonNode after = visited.json();
        long byVisit = after.path("siteVisit").path("findingId").asLong();
        assertThat(byVisit).isNotEqualTo(discrepancy);
        assertThat(after.path("comparison").path("findingId").asLong()).isEqualTo(discrepancy);
        assertThat(after.path("weeks").get(0).path("substantiated").decimalValue()).isEqualByComparingTo("600.00");
        JsonNode findings = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json();
        JsonNode recorded = only(findings, byVisit);
        assertThat(recorded.path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(recorded.path("detail").asText()).contains("$600.00 owed to worker 1234", "of which $400.00 is already owed");
        java.math.BigDecimal owed = java.math.BigDecimal.ZERO;
        for (JsonNode f : findings) {
            if ("1234".equals(f.path("workerRef").asText()) && WEEK.equals(f.path("weekEnding").asText())) {
                owed = owed.add(f.path("amountOwed").isNumber() ? f.path("amountOwed").decimalValue() : java.math.BigDecimal.ZERO);
            }
        }
        assertThat(owed).as("owed once").isEqualByComparingTo("600.00");
    }

    @Test
    void anAccountThatAgreesWithThePayrollGoesToASiteVisitAndItsOutcomeEndsTheProcess() {
        long id = complaintOf(40, 2400.00, WEEK);
        JsonNode complaint = triagedAndCompared(id, "maria garcia", WEEK);
        assertThat(complaint.path("status").asText()).isEqualTo("SITE_VISIT_PENDING");
        assertThat(complaint.path("comparison").path("verdict").asText()).isEqualTo("CONSISTENT");
        assertThat(complaint.path("comparison").path("detail").asText()).contains("worker 1234");
        assertThat(openTask(id)).isEqualTo(TASK_SITE_VISIT);

        Map<String, Object> visit = new HashMap<>(Map.of("visitedOn", "2027-01-20", "outcome", "MAYBE", "notes", "spoke to the crew"));
        Response refused = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", visit);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFor("outcome")).contains("NO_VIOLATION_FOUND");
        visit.put("outcome", "NO_VIOLATION_FOUND");
        assertThat(as(TestUsers.HARBOR).post("/api/complaints/" + id + "/site-visit", visit).status()).isEqualTo(403);
        visit.put("visitedOn", "2027-02-20");
        assertThat(as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", visit).errorFor("visitedOn")).contains("future");
        visit.put("visitedOn", "2027-01-20");

        Response visited = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", visit);
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        assertThat(visited.json().path("status").asText()).isEqualTo("VISITED");
        assertThat(visited.json().path("siteVisit").path("outcome").asText()).isEqualTo("NO_VIOLATION_FOUND");
        assertThat(endedAt(PROCESS_ID, id, END_VISITED)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ? and kind = 'INVESTIGATION_DISCREPANCY'",
                Integer.class, contract)).isZero();
    }

    private Response visit(long id, String outcome, String violation, Object amountOwed) {
        Map<String, Object> body = new HashMap<>(Map.of("visitedOn", "2027-01-20", "outcome", outcome,
                "notes", "Interviewed Rosa Delgado and two crew members away from the foreman; time sheets photographed"));
        body.put("violation", violation);
        body.put("amountOwed", amountOwed);
        return as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", body);
    }

    @Test
    void aSiteVisitThatFindsAViolationRecordsAFindingInTheContractorsCaseOwingThePayrollWorkerWithoutTheComplainant() {
        long id = complaintOf(40, 2400.00, WEEK);
        JsonNode complaint = triagedAndCompared(id, "1234", WEEK);
        assertThat(complaint.path("status").asText()).isEqualTo("SITE_VISIT_PENDING");
        String statement = "Time sheets at the site show worker 1234 started at 6:00 each day, two hours before the first hour "
                + "on the certified payroll; the early hours were not paid.";

        assertThat(visit(id, "VIOLATION_FOUND", null, null).errorFor("violation")).contains("as the contractor will read it");
        assertThat(visit(id, "VIOLATION_FOUND", "Rosa said the crew starts at 6:00", null).errorFor("violation"))
                .contains("complainant's name");
        assertThat(visit(id, "VIOLATION_FOUND", "Workers complained of unpaid early starts", null).errorFor("violation"))
                .contains("a complaint");
        assertThat(visit(id, "VIOLATION_FOUND", "Call (617) 555-0142 about the early starts", null).errorFor("violation"))
                .contains("phone number");
        assertThat(visit(id, "VIOLATION_FOUND", "Unpaid early starts, see " + complaint.path("receipt").asText(), null)
                .errorFor("violation")).contains("receipt number");
        assertThat(visit(id, "VIOLATION_FOUND", statement, "12.345").errorFor("amountOwed")).contains("dollars and cents");
        assertThat(visit(id, "VIOLATION_FOUND", statement, "-5").errorFor("amountOwed")).contains("dollars and cents");
        assertThat(visit(id, "NO_VIOLATION_FOUND", statement, null).errorFor("violation")).contains("only when");
        assertThat(visit(id, "COULD_NOT_VERIFY", null, "20.00").errorFor("amountOwed")).contains("only when");
        assertThat(openTask(id)).as("nothing recorded by the refusals").isEqualTo(TASK_SITE_VISIT);

        Response visited = visit(id, "VIOLATION_FOUND", statement, "600.00");
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        assertThat(visited.json().path("status").asText()).isEqualTo("VISITED");
        long finding = visited.json().path("siteVisit").path("findingId").asLong();
        assertThat(finding).isPositive();
        assertThat(endedAt(PROCESS_ID, id, END_VIOLATION)).isTrue();

        JsonNode recorded = only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(), finding);
        assertThat(recorded.path("kind").asText()).isEqualTo("SITE_VISIT_VIOLATION");
        assertThat(recorded.path("workerRef").asText()).isEqualTo("1234");
        assertThat(recorded.path("entryNumber").asInt()).as("the worker's row on the payroll").isEqualTo(1);
        assertThat(recorded.path("amountOwed").decimalValue()).isEqualByComparingTo("600.00");
        assertThat(recorded.path("detail").asText()).startsWith("site visit on 2027-01-20: Time sheets at the site")
                .contains("$600.00 owed to worker 1234 for the week ending " + WEEK);
        assertThat(recorded.path("ruleCited").asText()).contains("29 CFR 5.6(a)(3)");

        JsonNode harborCase = caseWith(TestUsers.HARBOR, finding);
        assertThat(harborCase).as("the finding joined Harbor's compliance case").isNotNull();
        String seenByContractor = as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payroll-findings").body()
                + as(TestUsers.HARBOR).get("/api/cases/" + harborCase.path("id").asLong()).body();
        assertThat(seenByContractor).contains("started at 6:00").doesNotContain("Rosa").doesNotContain("Delgado")
                .doesNotContain("foreman").doesNotContain(complaint.path("receipt").asText()).doesNotContainIgnoringCase("complain");
        List<String> actions = jdbc.queryForList("select action from audit_event where subject_type = 'worker-complaint' "
                + "and subject_id = ? order by id", String.class, id);
        assertThat(actions).containsExactly("RECEIVED", "TRIAGED", "SITE VISIT NEEDED", "SITE VISITED");
        assertThat(visit(id, "VIOLATION_FOUND", statement, "600.00").status()).as("visited once").isEqualTo(409);

        Response correction = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN) + "\n"); // not the same bytes
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(), finding)
                .path("status").asText()).as("a correction payroll does not undo what the visit found").isEqualTo("OPEN");
    }

    /**
     * Worked by hand: the payroll reports 40 hours at $60.00, as the worker says; the interview substantiates $600.00 owed
     * for early hours not on the payroll, and the visit's finding owes $600.00. The correction payroll then certifies
     * Saturday's 8 early hours too, paid as straight time: its checks owe 8 × ($90.00 − $60.00) = $240.00 overtime. The
     * worker is owed what was substantiated, $600.00, once: the visit's finding is restated to $600.00 − $240.00 = $360.00.
     */
    @Test
    void wagesACorrectionPayrollsChecksOweForTheWeekAreCreditedAgainstWhatTheVisitSubstantiated() {
        long id = complaintOf(40, 2400.00, WEEK);
        assertThat(triagedAndCompared(id, "1234", WEEK).path("status").asText()).isEqualTo("SITE_VISIT_PENDING");
        Response visited = visit(id, "VIOLATION_FOUND", "Time sheets show early starts that the certified payroll does not "
                + "report.", "600.00");
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        assertThat(owedToWorker("1234", WEEK)).isEqualByComparingTo("600.00");

        String saturday = row(1, "Garcia", "1234", "60.00", "2880.00", ELECTRICIAN).replace(",8,8,8,8,8,,", ",8,8,8,8,8,8,");
        Response correction = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + saturday + "\n");
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(correction.json().path("amountOwed").decimalValue()).isEqualByComparingTo("240.00");

        assertThat(owedToWorker("1234", WEEK)).as("what the visit substantiated, owed once").isEqualByComparingTo("600.00");
        JsonNode complaint = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
        long restated = complaint.path("siteVisit").path("findingId").asLong();
        JsonNode finding = only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(), restated);
        assertThat(finding.path("kind").asText()).isEqualTo("SITE_VISIT_VIOLATION");
        assertThat(finding.path("amountOwed").decimalValue()).isEqualByComparingTo("360.00");
        assertThat(finding.path("status").asText()).isEqualTo("OPEN");
        assertThat(caseWith(TestUsers.AUDITOR, restated)).as("the restated finding is in the case").isNotNull();
    }

    /** What the standing findings (neither dismissed nor superseded) owe the worker for the week. */
    private BigDecimal owedToWorker(String worker, String week) {
        BigDecimal owed = BigDecimal.ZERO;
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("workerRef").asText().equals(worker) && f.path("weekEnding").asText().equals(week)
                    && !Set.of("SUPERSEDED", "DISMISSED").contains(f.path("status").asText()) && f.hasNonNull("amountOwed")) {
                owed = owed.add(f.path("amountOwed").decimalValue());
            }
        }
        return owed;
    }

    @Test
    void aViolationForAWorkerThePayrollDoesNotNameIsRecordedWithoutWagesOwedAndTasklistAmountsAreChecked() {
        long id = complaintOf(50, 2000.00, WEEK);
        assertThat(triagedAndCompared(id, "Jose Alvarez", WEEK).path("comparison").path("verdict").asText()).isEqualTo("UNDECIDED");
        String statement = "A carpenter worked the full week on site and appears on no certified payroll.";
        assertThat(visit(id, "VIOLATION_FOUND", statement, "1200.00").errorFor("amountOwed"))
                .contains("does not name the triaged worker").contains("correction payroll").doesNotContain("Alvarez");

        Map<String, Object> form = new HashMap<>(Map.of(VAR_VISITED_ON, "2027-01-20", VAR_OUTCOME, "VIOLATION_FOUND",
                VAR_NOTES, "walked the site with the superintendent", VAR_VIOLATION, statement, VAR_AMOUNT_OWED, "600.00"));
        completion.completeAs(TestUsers.AUDITOR, taskId(id), form);
        assertThat(openTask(id)).as("back to the auditor").isEqualTo(TASK_SITE_VISIT);
        assertThat((String) runtime.getVariable(processInstance(id), VAR_REFUSAL)).as("the refusal the form shows, kept in "
                + "the engine's history: it names no worker").contains("amountOwed").doesNotContain("Alvarez");
        form.put(VAR_AMOUNT_OWED, "a lot");
        completion.completeAs(TestUsers.AUDITOR, taskId(id), form);
        assertThat((String) runtime.getVariable(processInstance(id), VAR_REFUSAL)).contains("amountOwed").contains("dollars and cents");

        form.put(VAR_AMOUNT_OWED, null); // Tasklist sends null for a number field the auditor cleared
        completion.completeAs(TestUsers.AUDITOR, taskId(id), form);
        assertThat(endedAt(PROCESS_ID, id, END_VIOLATION)).isTrue();
        JsonNode complaint = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
        JsonNode recorded = only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(),
                complaint.path("siteVisit").path("findingId").asLong());
        assertThat(recorded.path("kind").asText()).isEqualTo("SITE_VISIT_VIOLATION");
        assertThat(recorded.has("workerRef")).as("no payroll worker to name").isFalse();
        assertThat(recorded.has("amountOwed")).isFalse();
        assertThat(caseWith(TestUsers.AUDITOR, recorded.path("id").asLong())).isNotNull();
    }

    @Test
    void aViolationInAWeekWhosePayrollIsNotYetDueSendsNoPastDueReminder() {
        long id = complaintOf(50, 2000.00, "2027-01-16");
        JsonNode complaint = triagedAndCompared(id, "1234", "2027-01-16");
        assertThat(complaint.path("comparison").path("detail").asText()).contains("not due until 2027-01-23");
        Response visited = visit(id, "VIOLATION_FOUND", "A crew of four worked Saturday 2027-01-16 on the east wing.", null);
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        long finding = visited.json().path("siteVisit").path("findingId").asLong();
        JsonNode harborCase = caseWith(TestUsers.AUDITOR, finding);
        assertThat(harborCase).isNotNull();
        JsonNode steps = as(TestUsers.HARBOR).get("/api/cases/" + harborCase.path("id").asLong() + "/steps").json();
        assertThat(steps.findValuesAsText("step")).as("the payroll is not late").doesNotContain("REMINDER");
    }

    @Test
    void inTasklistAnOutcomeChangedAfterARefusalLeavesTheHiddenViolationFieldsBehind() {
        long id = complaintOf(40, 2400.00, WEEK);
        triagedAndCompared(id, "1234", WEEK);
        completion.completeAs(TestUsers.AUDITOR, taskId(id), Map.of(VAR_VISITED_ON, "2027-01-20", VAR_OUTCOME, "VIOLATION_FOUND",
                VAR_NOTES, "crew interviewed", VAR_VIOLATION, "Ask Rosa about the early starts", VAR_AMOUNT_OWED, 100.0));
        assertThat((String) runtime.getVariable(processInstance(id), VAR_REFUSAL)).contains("violation").contains("complainant's name");

        // the form hides (and does not send) the violation fields for another outcome; the refused values stay behind
        completion.completeAs(TestUsers.AUDITOR, taskId(id), Map.of(VAR_VISITED_ON, "2027-01-20", VAR_OUTCOME,
                "NO_VIOLATION_FOUND", VAR_NOTES, "crew interviewed again; hours match the time sheets"));
        assertThat(endedAt(PROCESS_ID, id, END_VISITED)).isTrue();
        assertThat(as(TestUsers.AUDITOR).get("/api/complaints/" + id).json().path("siteVisit").has("findingId")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ? and kind = 'SITE_VISIT_VIOLATION'",
                Integer.class, contract)).isZero();
    }

    @Test
    void aTriageAndASiteVisitWorkedInTasklistLeaveNoNotesViolationOrAccountInTheEngineHistory() {
        long id = complaintOf(40, 2400.00, WEEK);
        Tasklist tasklist = new Tasklist(forms, tasks, identity);
        String note = "The worker's sister works in the site office; matched the employer to the contract";
        Map<String, Object> triage = new HashMap<>(Map.of(VAR_CONTRACT_ID, contract, VAR_VENDOR_ID, harbor,
                VAR_WORKER_REF, "maria garcia", VAR_WEEK_ENDING, WEEK, VAR_NOTE, note));
        tasklist.submit(TestUsers.AUDITOR, taskId(id), triage);
        Jobs.runDue(management);
        assertThat(openTask(id)).isEqualTo(TASK_SITE_VISIT);
        assertThat(tasklist.formVariables(TestUsers.AUDITOR, taskId(id))).as("the visit's form starts empty")
                .doesNotContainKeys(VAR_NOTE, VAR_WORKER_REF, VAR_NOTES, VAR_VIOLATION);
        String notes = "Interviewed Rosa Delgado at the gate, away from the foreman; time sheets photographed";
        String violation = "Time sheets at the site show work starting at 6:00, two hours before the first paid hour.";
        tasklist.submit(TestUsers.AUDITOR, taskId(id), Map.of(VAR_VISITED_ON, "2027-01-20", VAR_OUTCOME, "VIOLATION_FOUND",
                VAR_NOTES, notes, VAR_VIOLATION, violation, VAR_AMOUNT_OWED, 300.0));
        assertThat(endedAt(PROCESS_ID, id, END_VIOLATION)).isTrue();

        JsonNode complaint = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
        assertThat(complaint.path("triage").path("note").asText()).as("kept by the complaints module").isEqualTo(note);
        assertThat(complaint.path("siteVisit").path("notes").asText()).isEqualTo(notes);
        long finding = complaint.path("siteVisit").path("findingId").asLong();
        assertThat(only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(), finding)
                .path("detail").asText()).contains("starting at 6:00");

        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery().processInstanceId(instance).list();
        assertThat(variables).extracting(HistoricVariableInstance::getName).as("ids and routing flags only")
                .isSubsetOf(VAR_COMPLAINT_ID, VAR_RECEIPT, VAR_DISCREPANCY, VAR_VIOLATION_RECORDED, VAR_REFUSAL);
        List<String> kept = new java.util.ArrayList<>();
        variables.forEach(v -> kept.add(v.getName() + "=" + v.getValue()));
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance).list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                kept.add(update.getVariableName() + "=" + update.getValue());
            } else if (detail instanceof HistoricFormField field) {
                kept.add(field.getFieldId() + "=" + field.getFieldValue());
            }
        }
        history.createUserOperationLogQuery().processInstanceId(instance).list()
                .forEach(entry -> kept.add(entry.getProperty() + "=" + entry.getOrgValue() + "->" + entry.getNewValue()));
        assertThat(kept).as("what the engine keeps for its history time to live").noneMatch(v -> v.contains("sister")
                || v.contains("maria garcia") || v.contains("Rosa") || v.contains("6:00") || v.contains("50 hours")
                || v.contains("Branch library"));
    }

    @Test
    void aWorkerNotOnThePayrollOrAWeekNotYetDueCannotBeDecidedAndGoesToASiteVisit() {
        JsonNode unknownWorker = triagedAndCompared(complaintOf(50, 2000.00, WEEK), "9999", WEEK);
        assertThat(unknownWorker.path("comparison").path("verdict").asText()).isEqualTo("UNDECIDED");
        assertThat(unknownWorker.path("comparison").path("detail").asText()).contains("no worker on the payroll matches");
        assertThat(unknownWorker.path("status").asText()).isEqualTo("SITE_VISIT_PENDING");

        JsonNode notDue = triagedAndCompared(complaintOf(50, 2000.00, "2027-01-16"), "1234", "2027-01-16");
        assertThat(notDue.path("comparison").path("verdict").asText()).isEqualTo("UNDECIDED");
        assertThat(notDue.path("comparison").path("detail").asText()).contains("not due until 2027-01-23");

        JsonNode noHours = triagedAndCompared(complaintOf(null, null, WEEK), "1234", WEEK);
        assertThat(noHours.path("comparison").path("detail").asText()).contains("no hours or pay");
    }

    @Test
    void noPayrollForAWeekPastItsDueDateIsADiscrepancy() {
        clock.advance(Duration.ofDays(5)); // 2027-01-25: the week ending 2027-01-16 was due on 2027-01-23
        long id = complaintOf(45, 2500.00, "2027-01-16");
        JsonNode complaint = triagedAndCompared(id, "1234", "2027-01-16");
        assertThat(complaint.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        JsonNode finding = only(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json(),
                complaint.path("comparison").path("findingId").asLong());
        assertThat(finding.path("detail").asText()).contains("no certified payroll was reported for the week ending 2027-01-16");
        assertThat(finding.has("workerRef")).as("no worker is named without a payroll to name them").isFalse();
    }

    @Test
    void aTriageThatDoesNotFitTheContractIsRefusedNamingTheField() {
        long id = complaintOf(50, 2000.00, WEEK);
        assertThat(triage(id, TestUsers.AUDITOR, 999999, harbor, "1234", WEEK).errorFor("contractId")).contains("no contract");
        assertThat(triage(id, TestUsers.AUDITOR, contract, users.vendorOf(TestUsers.NORTHSIDE), "1234", WEEK).errorFor("vendorId"))
                .contains("neither the prime nor a subcontractor");
        assertThat(triage(id, TestUsers.AUDITOR, contract, harbor, "1234", "2027-01-10").errorFor("weekEnding"))
                .contains("not a payroll week").contains("SATURDAY");
        assertThat(triage(id, TestUsers.AUDITOR, contract, harbor, " ", WEEK).errorFor("workerRef")).isNotEmpty();
        assertThat(triage(id, TestUsers.HARBOR, contract, harbor, "1234", WEEK).status()).isEqualTo(403);
        assertThat(triage(id, TestUsers.ADMIN, contract, harbor, "1234", WEEK).status()).isEqualTo(403);
        assertThat(triage(999999, TestUsers.AUDITOR, contract, harbor, "1234", WEEK).status()).isEqualTo(404);
        assertThat(openTask(id)).as("still waiting for its triage").isEqualTo(TASK_TRIAGE);
    }

    @Test
    void inTasklistARefusedTriageReturnsToTheAuditorWithTheReasonThenGoesOn() {
        long id = complaintOf(50, 2000.00, WEEK);
        Map<String, Object> form = new HashMap<>(Map.of(VAR_CONTRACT_ID, 999999L, VAR_VENDOR_ID, harbor, VAR_WORKER_REF, "1234",
                VAR_WEEK_ENDING, WEEK));
        completion.completeAs(TestUsers.AUDITOR, taskId(id), form);
        assertThat(openTask(id)).isEqualTo(TASK_TRIAGE);
        assertThat((String) runtime.getVariable(processInstance(id), VAR_REFUSAL)).contains("contractId").contains("no contract");

        form.put(VAR_CONTRACT_ID, (double) contract); // Tasklist's number field may send a double
        completion.completeAs(TestUsers.AUDITOR, taskId(id), form);
        Jobs.runDue(management);
        assertThat(openTask(id)).isEqualTo(TASK_SITE_VISIT);
        assertThat(as(TestUsers.AUDITOR).get("/api/complaints/" + id).json().path("triage").path("triagedBy").asText())
                .isEqualTo(TestUsers.AUDITOR);
    }

    private String processInstance(long id) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getId();
    }

    private Task task(long id) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private String taskId(long id) {
        return task(id).getId();
    }

    private String openTask(long id) {
        return task(id).getTaskDefinitionKey();
    }

    private JsonNode caseWith(String user, long finding) {
        for (JsonNode c : as(user).all("/api/cases").json()) {
            for (JsonNode f : c.path("findings")) {
                if (f.path("finding").path("id").asLong() == finding) {
                    return c;
                }
            }
        }
        return null;
    }

    private static JsonNode only(JsonNode findings, long id) {
        for (JsonNode f : findings) {
            if (f.path("id").asLong() == id) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id + " in " + findings);
    }
}
