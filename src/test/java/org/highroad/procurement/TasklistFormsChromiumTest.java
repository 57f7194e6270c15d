package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.highroad.procurement.process.BidEvaluationProcess;
import org.highroad.procurement.process.SolicitationAwardProcess;
import org.highroad.support.TasklistBrowser;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.highroad.support.WebDriver;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The procurement officer's forms as Tasklist renders them, in real headless Chromium: the bid's review shows the bid
 * and its scorecard by vendor and criterion names with money in dollars, and one rating row per officer-rated criterion
 * by name and scale, its rating and justification fields ready to fill (the review is recorded through the API here;
 * the test below completes it with Tasklist's own button). The award's approval
 * shows the ranking by vendor name with prices in dollars and a link to the solicitation's staff page. The review also
 * links the bid's staff page by its name ("Bid 12 of Harbor Builders LLC: statements per principle") and lists the
 * bidder's statements per principle as a table. Neither shows a criterion code or an API path; the award shows no bid id.
 * Skipped (not failed) only where Chromium or chromedriver is missing.
 */
class TasklistFormsChromiumTest extends ProcurementTest {

    private static final String CULTURE = "Jobsite culture and anti-harassment plan (officer rated 0-5)";

    @Autowired
    TaskService tasks;

    @Test
    void theOfficerRatesABidInTasklistsFormByCriterionNameAndReadsTheAwardsRankingByVendorName() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        long solicitation = publishedSolicitation("Tasklist forms library");
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        long middle = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1250000"));
        deadlinePasses(solicitation);
        String review = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(strong))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult().getId();
        TasklistSession officer = TasklistSession.signIn(port, TestUsers.OFFICER);
        assertThat(officer.send("POST", TasklistSession.task(review) + "/claim",
                "{\"userId\":\"" + TestUsers.OFFICER + "\"}").statusCode()).isEqualTo(204);

        try (WebDriver browser = WebDriver.start()) {
            TasklistBrowser tasklist = TasklistBrowser.signIn(browser, port, TestUsers.OFFICER);
            tasklist.open(review);
            String text = tasklist.formText();
            assertThat(text).contains("Harbor Builders LLC", "$1,000,000.00", "Tasklist forms library", CULTURE,
                    "rated from 0 to 5");
            assertThat(text).as("names, not codes or API paths").doesNotContain("WORKPLACE-CULTURE-PLAN", "/api/", "{{");
            List<String> criteria = new ArrayList<>();
            tasklist.tableCells().forEach(row -> criteria.add(row.path(0).asText()));
            assertThat(criteria).as("the scorecard table, a row per criterion by name").contains(CULTURE).hasSizeGreaterThan(3)
                    .noneMatch(name -> name.matches("[A-Z0-9-]+"));
            assertThat(tasklist.formLinks().findValuesAsText("href")).contains("/staff/solicitations/" + solicitation);
            // the bidder's statements per principle: the bid's staff page by its name, and the statements as a table
            JsonNode links = tasklist.formLinks();
            assertThat(links.findValuesAsText("text")).contains("Bid " + strong + " of Harbor Builders LLC: statements per principle");
            assertThat(links.findValuesAsText("href")).contains("/staff/solicitations/" + solicitation + "/bids/" + strong);
            List<String> statements = new ArrayList<>();
            tasklist.tableCells().forEach(row -> statements.add(row.path(0).asText() + ": " + row.path(1).asText()));
            assertThat(statements).contains("Voice and representation: Project labor agreement", "Earnings: No statement");
            assertThat(tasklist.markFields("Rating", "rating")).as("one rating row for the rubric's one officer-rated criterion")
                    .isEqualTo(1);
            assertThat(tasklist.markFields("Justification", "justification")).isEqualTo(1);
            assertThat(tasklist.markFields("Reason", "reason")).isEqualTo(1);
        }
        assertThat(review(strong, "CONFIRM", "Checked through the API", 4).status()).isEqualTo(200);
        assertThat(review(middle, "CONFIRM", "Checked through the API", 3).status()).isEqualTo(200);
        String award = tasks.createTaskQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(solicitation)).singleResult().getId();
        try (WebDriver browser = WebDriver.start()) {
            TasklistBrowser tasklist = TasklistBrowser.signIn(browser, port, TestUsers.OFFICER);
            tasklist.open(award);
            String text = tasklist.formText();
            assertThat(text).contains("Tasklist forms library", "$1,500,000.00");
            JsonNode cells = tasklist.tableCells();
            assertThat(cells).as("the ranking, a row per bid").hasSize(2);
            assertThat(cells.get(0).toString()).contains("Harbor Builders LLC", "$1,000,000.00");
            assertThat(cells.get(1).toString()).contains("Northside Electric Co.", "$1,250,000.00");
            assertThat(tasklist.formLinks().findValuesAsText("href")).contains("/staff/solicitations/" + solicitation);
            assertThat(text).as("no API path, no bid id").doesNotContain("/api/", "bid " + strong, "bid " + middle);
        }
    }

    /**
     * The officer rates the bid in Tasklist as a person does: the row shows the criterion by name, the rating, its
     * justification, the decision and the reason are filled, Tasklist's Complete button completes the task, and the
     * rating is the bid's, read back through the API. Tasklist 1.0.3 alone keeps Complete disabled for a form with a
     * dynamic list; Highroad's Tasklist script lets it judge by the fields form-js marks invalid (ADR 0027, addendum).
     */
    @Test
    void theOfficerCompletesTheRatingsInTasklist() throws Exception {
        assumeTrue(WebDriver.available(), "chromium and chromedriver are not installed");
        long solicitation = publishedSolicitation("Tasklist completion");
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        String review = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(strong))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult().getId();
        TasklistSession officer = TasklistSession.signIn(port, TestUsers.OFFICER);
        assertThat(officer.send("POST", TasklistSession.task(review) + "/claim",
                "{\"userId\":\"" + TestUsers.OFFICER + "\"}").statusCode()).isEqualTo(204);
        try (WebDriver browser = WebDriver.start()) {
            TasklistBrowser tasklist = TasklistBrowser.signIn(browser, port, TestUsers.OFFICER);
            tasklist.open(review);
            assertThat(tasklist.formText()).as("the row by the criterion's name").contains(CULTURE, "rated from 0 to 5")
                    .doesNotContain("WORKPLACE-CULTURE-PLAN");
            assertThat(tasklist.markFields("Rating", "rating")).isEqualTo(1);
            assertThat(tasklist.markFields("Justification", "justification")).isEqualTo(1);
            assertThat(tasklist.markFields("Reason", "reason")).isEqualTo(1);
            assertThat(tasklist.fill("[data-test=\"rating\"]", "4")).isEqualTo("4");
            assertThat(tasklist.fill("[data-test=\"justification\"]", "Named site lead and a monthly jobsite committee"))
                    .isEqualTo("Named site lead and a monthly jobsite committee");
            tasklist.press(TasklistBrowser.FORM + " input[type=\"radio\"]"); // the first choice: confirm
            assertThat(tasklist.fill("[data-test=\"reason\"]", "Commitments checked in Tasklist"))
                    .isEqualTo("Commitments checked in Tasklist");
            boolean done = tasklist.complete();
            assertThat(done).as("Tasklist completes the task: %s%n%s%n%s", tasklist.page(), tasklist.formState(),
                    tasklist.recorded()).isTrue();
        }
        Object refusal = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(strong)).list().stream()
                .map(t -> tasks.getVariable(t.getId(), BidEvaluationProcess.VAR_REFUSAL)).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        assertThat(bid(strong).path("status").asText()).as("the review is recorded (refused: %s)", refusal).isEqualTo("EVALUATED");
        JsonNode ratings = as(TestUsers.OFFICER).get("/api/bids/" + strong + "/scorecard").json().path("officerRatings");
        assertThat(ratings).hasSize(1);
        assertThat(ratings.get(0).path("criterion").asText()).isEqualTo("WORKPLACE-CULTURE-PLAN");
        assertThat(ratings.get(0).path("rating").decimalValue()).isEqualByComparingTo("4");
        assertThat(ratings.get(0).path("justification").asText()).isEqualTo("Named site lead and a monthly jobsite committee");
        assertThat(ratings.get(0).path("ratedBy").asText()).isEqualTo(TestUsers.OFFICER);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(strong))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).count()).as("the review task is gone").isZero();
    }
}
