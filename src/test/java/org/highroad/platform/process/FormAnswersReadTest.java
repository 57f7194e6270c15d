package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.ServiceTask;
import org.operaton.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every form field the process reads exists in its form: for each user task, the step right after it (which records
 * the answers, ADR 0008) reads exactly the answers listed here, each one a field the task's form asks for (keyed, not
 * disabled, not read-only), and the step's source reads each of them. A form that loses a field, a step that reads a
 * field no form has, and a user task missing from this table all fail. No application context: models, forms and
 * sources are read as files.
 */
class FormAnswersReadTest {

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();
    private static final Path SOURCES = Path.of("src/main/java/org/highroad");

    /** Process, user task, its form, the delegate of the step after it, and the answers that step reads. */
    record Answers(String process, String task, String form, String delegate, List<String> read) {
    }

    private static final List<Answers> TABLE = List.of(
            new Answers("standardVersionAdoption", "userTask_reviewStandardVersion", "review-standard-version",
                    "recordAdoptionDecision", List.of("decision", "comment")),
            new Answers("vendorQualification", "userTask_reviewQualification", "review-vendor-qualification",
                    "recordQualificationDecision", List.of("decision", "qualifiedUntil", "notes")),
            new Answers("bidEvaluation", "userTask_reviewScorecard", "review-scorecard", "recordScorecardReview",
                    List.of("ratings", "decision", "reason")),
            new Answers("solicitationAward", "userTask_approveAward", "approve-award", "recordAward",
                    List.of("awardBidId", "reason")),
            new Answers("contractAward", "userTask_legalReview", "legal-review-contract", "recordLegalReview",
                    List.of("decision", "reason")),
            new Answers("contractAward", "userTask_acceptContract", "accept-contract", "recordAcceptance",
                    List.of("decision", "reason")),
            new Answers("complianceCase", "userTask_reviewRound", "review-round", "recordReviewRound",
                    List.of("decision", "reason")),
            new Answers("complianceCase", "userTask_verifyCorrection", "verify-correction", "recordCaseVerification",
                    List.of("decision", "reason")),
            new Answers("complianceCase", "userTask_approveEscalation", "approve-escalation", "recordCaseEscalation",
                    List.of("decision", "reason")),
            new Answers("complianceCase", "userTask_approveDebarment", "approve-debarment", "recordDebarmentReferral",
                    List.of("decision", "reason")),
            new Answers("workerComplaint", "userTask_triageComplaint", "triage-complaint", "recordComplaintTriage",
                    List.of("contractId", "vendorId", "workerRef", "weekEnding", "note")),
            new Answers("workerComplaint", "userTask_siteVisit", "record-site-visit", "recordComplaintSiteVisit",
                    List.of("visitedOn", "outcome", "violation", "amountOwed", "substantiated", "notes")),
            new Answers("wageSubsidyReview", "userTask_reviewSubsidy", "review-subsidy", "recordSubsidyReview",
                    List.of("decision", "note")),
            new Answers("wageSubsidyReview", "userTask_acceptAgreement", "accept-subsidy-agreement", "recordSubsidyAcceptance",
                    List.of("wageCommitment")));

    @Test
    void everyFieldTheStepAfterAUserTaskReadsIsAskedForByItsForm() throws IOException {
        Map<String, Set<String>> asked = askedByForm();
        Map<String, UserTask> userTasks = userTasks();
        List<String> problems = new ArrayList<>();
        for (Answers row : TABLE) {
            String label = row.process() + "." + row.task();
            UserTask task = userTasks.get(label);
            if (task == null) {
                problems.add(label + " is not a user task of any model");
                continue;
            }
            if (!row.form().equals(task.getOperatonFormRef())) {
                problems.add(label + " uses form " + task.getOperatonFormRef() + ", not " + row.form());
            }
            List<String> next = task.getOutgoing().stream().map(f -> f.getTarget()).filter(ServiceTask.class::isInstance)
                    .map(t -> ((ServiceTask) t).getOperatonDelegateExpression()).toList();
            if (!next.equals(List.of("#{" + row.delegate() + "}"))) {
                problems.add(label + " is followed by " + next + ", not #{" + row.delegate() + "}");
            }
            Set<String> form = asked.getOrDefault(row.form(), Set.of());
            String source = delegateSource(row.delegate());
            for (String answer : row.read()) {
                if (!form.contains(answer)) {
                    problems.add(label + ": the step reads " + answer + ", which form " + row.form() + " does not ask for "
                            + form);
                }
                if (!reads(source, answer)) {
                    problems.add(label + ": #{" + row.delegate() + "} does not read " + answer);
                }
            }
        }
        Set<String> listed = new HashSet<>();
        TABLE.forEach(row -> listed.add(row.process() + "." + row.task()));
        assertThat(userTasks.keySet()).as("every user task is in the table").isSubsetOf(listed);
        assertThat(problems).isEmpty();
    }

    /** A dynamic list's rows: the form, the list's path, the fields of a row the reader reads, and the reader's source. */
    record Rows(String form, String path, List<String> read, String reader) {
    }

    private static final List<Rows> LISTS = List.of(
            new Rows("review-scorecard", "ratings", List.of("points", "justification"), "procurement/process/RatingRows.java"));

    /** Every field read in a dynamic list's rows is asked for in that list ({@link #rowProblems}). */
    @Test
    void everyFieldReadInADynamicListsRowsIsAskedForInTheList() throws IOException {
        assertThat(rowProblems(dynamicListsByForm(), askedByForm())).isEmpty();
    }

    @Test
    void theCheckFindsARowFieldMissingFromItsList() throws IOException {
        Map<String, Map<String, Set<String>>> lists = dynamicListsByForm();
        assertThat(lists.get("review-scorecard").get("ratings")).contains("points", "justification");
        lists.get("review-scorecard").get("ratings").remove("points");
        assertThat(rowProblems(lists, askedByForm())).as("a ratings row without its points would fail the check")
                .anyMatch(p -> p.contains("reads points"));
        Map<String, Set<String>> asked = askedByForm();
        asked.get("review-scorecard").remove("ratings");
        assertThat(rowProblems(dynamicListsByForm(), asked)).as("a form whose list is not an answer would fail it")
                .anyMatch(p -> p.contains("does not ask for ratings"));
    }

    /** The dynamic lists of every form: form id, list path, the fields of a row. */
    private static Map<String, Map<String, Set<String>>> dynamicListsByForm() throws IOException {
        Map<String, Map<String, Set<String>>> lists = new HashMap<>();
        for (Resource file : RESOURCES.getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = file.getInputStream()) {
                JsonNode form = new ObjectMapper().readTree(in);
                dynamicLists(form.path("components"), lists.computeIfAbsent(form.path("id").asText(), f -> new HashMap<>()));
            }
        }
        return lists;
    }

    /**
     * Every field a dynamic list's reader reads in a row is a field of that list in its form (keyed, not disabled, not
     * read-only: what Tasklist submits in each row), and the list is an answer of its form; every dynamic list of every
     * form has its reader listed here.
     */
    private static List<String> rowProblems(Map<String, Map<String, Set<String>>> lists, Map<String, Set<String>> asked)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (Rows row : LISTS) {
            listed.add(row.form() + "." + row.path());
            Set<String> fields = lists.getOrDefault(row.form(), Map.of()).get(row.path());
            if (fields == null) {
                problems.add(row.form() + " has no dynamic list " + row.path());
                continue;
            }
            if (!asked.getOrDefault(row.form(), Set.of()).contains(row.path())) {
                problems.add(row.form() + " does not ask for " + row.path());
            }
            String source = Files.readString(SOURCES.resolve(row.reader()));
            for (String field : row.read()) {
                if (!fields.contains(field)) {
                    problems.add(row.form() + "." + row.path() + ": " + row.reader() + " reads " + field
                            + ", which the list's rows do not ask for " + fields);
                }
                if (!source.contains("\"" + field + "\"")) {
                    problems.add(row.reader() + " does not read " + field);
                }
            }
        }
        lists.forEach((form, paths) -> paths.keySet().forEach(path -> {
            if (!listed.contains(form + "." + path)) {
                problems.add(form + "." + path + " is a dynamic list without a reader in this table");
            }
        }));
        return problems;
    }

    private static void dynamicLists(JsonNode components, Map<String, Set<String>> lists) {
        for (JsonNode c : components) {
            if ("dynamiclist".equals(c.path("type").asText())) {
                Set<String> keys = new HashSet<>();
                collect(c.path("components"), keys);
                lists.put(c.path("path").asText(), keys);
            } else {
                dynamicLists(c.path("components"), lists);
            }
        }
    }

    @Test
    void theCheckFindsAFieldMissingFromItsForm() throws IOException {
        Set<String> verify = new HashSet<>(askedByForm().get("verify-correction"));
        assertThat(verify).contains("decision", "reason");
        verify.remove("reason");
        assertThat(verify.containsAll(TABLE.stream().filter(r -> r.form().equals("verify-correction")).findFirst()
                .orElseThrow().read())).as("a form without its reason would fail the check").isFalse();
        assertThat(reads(delegateSource("recordCaseVerification"), "reason")).isTrue();
        assertThat(reads(delegateSource("recordCaseVerification"), "awardBidId")).isFalse();
    }

    /** The source of the delegate bean: a {@code JavaDelegate name(...)} factory method or a class named after it. */
    private static String delegateSource(String bean) throws IOException {
        String className = Character.toUpperCase(bean.charAt(0)) + bean.substring(1) + ".java";
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().contains("/process/") && p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                int at = text.indexOf("JavaDelegate " + bean + "(");
                if (at >= 0) {
                    int end = text.indexOf("JavaDelegate ", at + bean.length() + 13);
                    return withConstants(file, text.substring(at, end < 0 ? text.length() : end), text);
                }
                if (file.getFileName().toString().equals(className)) {
                    return withConstants(file, text, text);
                }
            }
        }
        throw new AssertionError("no source for delegate " + bean);
    }

    /** The delegate's body, then its file's helper methods, then the constants of its process package ("NAME = value"). */
    private static String withConstants(Path file, String body, String whole) throws IOException {
        StringBuilder out = new StringBuilder(body).append("\n//--helpers\n").append(whole).append("\n//--constants\n");
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path sibling : siblings.toList()) {
                Matcher m = Pattern.compile("static final String (VAR_\\w+) = \"(\\w+)\";").matcher(Files.readString(sibling));
                while (m.find()) {
                    out.append(m.group(1)).append(" = ").append(m.group(2)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Whether the delegate reads the answer: by its constant or its name, or as a numbered rating slot. */
    static boolean reads(String source, String answer) {
        String body = source.substring(0, source.indexOf("//--constants"));
        String constants = source.substring(source.indexOf("//--constants"));
        if (body.contains("\"" + answer + "\"")) {
            return true;
        }
        Matcher constant = Pattern.compile("(VAR_\\w+) = " + Pattern.quote(answer) + "\n").matcher(constants);
        while (constant.find()) {
            if (Pattern.compile("\\b" + constant.group(1) + "\\b").matcher(body).find()) {
                return true;
            }
        }
        Matcher slot = Pattern.compile("(\\w+?)\\d(\\w*)").matcher(answer);
        return slot.matches() && body.contains("\"" + slot.group(1) + "\" + i" + (slot.group(2).isEmpty() ? "" : " + \"" + slot.group(2) + "\""));
    }

    private static Map<String, Set<String>> askedByForm() throws IOException {
        Map<String, Set<String>> forms = new HashMap<>();
        for (Resource file : RESOURCES.getResources("classpath*:forms/**/*.form")) {
            try (InputStream in = file.getInputStream()) {
                JsonNode form = new ObjectMapper().readTree(in);
                Set<String> keys = new HashSet<>();
                collect(form.path("components"), keys);
                forms.put(form.path("id").asText(), keys);
            }
        }
        return forms;
    }

    /** The answers of a form: its keyed fields, and each dynamic list's path (its rows are submitted as one list). */
    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            boolean shownOnly = c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false);
            if (c.hasNonNull("key") && !shownOnly) {
                keys.add(c.path("key").asText());
            }
            if ("dynamiclist".equals(c.path("type").asText())) {
                if (!shownOnly) {
                    keys.add(c.path("path").asText());
                }
                continue;
            }
            collect(c.path("components"), keys);
        }
    }

    private static Map<String, UserTask> userTasks() throws IOException {
        Map<String, UserTask> tasks = new HashMap<>();
        for (Resource file : RESOURCES.getResources("classpath*:bpmn/**/*.bpmn")) {
            try (InputStream in = file.getInputStream()) {
                BpmnModelInstance model = Bpmn.readModelFromStream(in);
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    FlowNode scope = task;
                    org.operaton.bpm.model.xml.instance.ModelElementInstance parent = scope.getParentElement();
                    while (!(parent instanceof org.operaton.bpm.model.bpmn.instance.Process)) {
                        parent = parent.getParentElement();
                    }
                    tasks.put(((org.operaton.bpm.model.bpmn.instance.Process) parent).getId() + "." + task.getId(), task);
                }
            }
        }
        return tasks;
    }
}
