package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.highroad.complaints.process.WorkerComplaintProcess;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public complaint endpoint: anyone may file without a login; the bytes are kept as received;
 * hostile input (markup, a megabyte in a field, wrong types, control characters) is stored as given or refused with the
 * field named and nothing kept; the rate and size limits hold; only auditors and administrators read complaints.
 */
class ComplaintIntakeTest extends ComplaintsTest {

    private static final String SCRIPT = "<script>document.title='pwned'</script>";
    private static final String IMG = "<img src=x onerror=\"alert('pwned')\">";

    @Autowired
    TaskService tasks;

    @Test
    void anAnonymousComplaintGetsAReceiptIsKeptAsReceivedAndStartsItsTriage() throws Exception {
        byte[] sent = Http.JSON.writeValueAsBytes(complaint());
        PublicClient.Answer answer = publicClient().postBytes(sent);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String receipt = answer.json().path("receipt").asText();
        assertThat(receipt).matches("WC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        Map<String, Object> row = jdbc.queryForMap("select c.id, c.anonymous, c.contact_name, c.contact_phone, c.contact_email, "
                + "c.status, c.language, s.body, s.sha256 from worker_complaint c join complaint_submission s on s.id = c.submission_id "
                + "where c.receipt = ?", receipt);
        assertThat(value(row, "anonymous")).isEqualTo(true);
        long id = ((Number) value(row, "id")).longValue();
        assertThat(value(row, "contact_name")).isNull();
        assertThat(value(row, "contact_phone")).isNull();
        assertThat(value(row, "contact_email")).isNull();
        assertThat(value(row, "status")).isEqualTo("RECEIVED");
        assertThat(value(row, "language")).isEqualTo("es");
        assertThat((byte[]) value(row, "body")).as("the bytes as received").isEqualTo(sent);
        assertThat(value(row, "sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent)));

        Task triage = tasks.createTaskQuery().processDefinitionKey(WorkerComplaintProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(triage.getTaskDefinitionKey()).isEqualTo(WorkerComplaintProcess.TASK_TRIAGE);
        assertThat(triage.getName()).contains(receipt);
        assertThat(tasks.getIdentityLinksForTask(triage.getId())).anyMatch(l -> "auditors".equals(l.getGroupId()));

        List<Map<String, Object>> audit = jdbc.queryForList("select action, actor, detail from audit_event where subject_type = "
                + "'worker-complaint' and subject_id = ?", id);
        assertThat(audit).hasSize(1);
        assertThat(value(audit.get(0), "action")).isEqualTo("RECEIVED");
        assertThat(value(audit.get(0), "actor")).isEqualTo("public");
        assertThat(String.valueOf(value(audit.get(0), "detail"))).contains("anonymous").doesNotContain("127.0.");
    }

    @Test
    void anyoneMayFileSignedInOrNotButNotWithAWrongPassword() {
        for (String user : List.of(TestUsers.ADMIN, TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.STAFF, TestUsers.HARBOR)) {
            PublicClient.Answer filed = publicClient().signedInAs(user, TestUsers.PASSWORD).post(complaint());
            assertThat(filed.status()).as(user + ": " + filed.body()).isEqualTo(201);
        }
        assertThat(publicClient().signedInAs(TestUsers.LOCKABLE, "wrong").post(complaint()).status()).isEqualTo(401);
    }

    @Test
    void contactDetailsAreKeptWhenTheWorkerChoosesAndOnlyInvestigatorsReadThem() {
        Map<String, Object> body = with(complaint(), "anonymous", false);
        body.put("contact", Map.of("name", "Rosa Delgado", "phone", "+1 617 555 0100", "email", "rosa@example.org"));
        long id = file(body);

        for (String investigator : List.of(TestUsers.AUDITOR, TestUsers.ADMIN)) {
            Response read = as(investigator).get("/api/complaints/" + id);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().path("anonymous").asBoolean()).isFalse();
            assertThat(read.json().path("contact").path("name").asText()).isEqualTo("Rosa Delgado");
            assertThat(read.json().path("contact").path("email").asText()).isEqualTo("rosa@example.org");
            assertThat(as(investigator).all("/api/complaints").json().findValuesAsText("id")).contains(String.valueOf(id));
        }
        for (String other : List.of(TestUsers.HARBOR, TestUsers.NORTHSIDE, TestUsers.OFFICER, TestUsers.STAFF)) {
            Response list = as(other).all("/api/complaints");
            Response one = as(other).get("/api/complaints/" + id);
            assertThat(list.status()).as(other).isEqualTo(403);
            assertThat(one.status()).as(other).isEqualTo(403);
            assertThat(list.body() + one.body()).doesNotContain("Rosa").doesNotContain("rosa@example.org");
        }
        assertThat(anonymous().get("/api/complaints/" + id).status()).isEqualTo(401);
        String audit = String.join(" ", jdbc.queryForList("select coalesce(detail, '') || ' ' || coalesce(reason, '') from audit_event "
                + "where subject_type = 'worker-complaint' and subject_id = ?", String.class, id));
        assertThat(audit).as("intake is audited without the identity").doesNotContain("Rosa").doesNotContain("555 0100");
    }

    @Test
    void markupIsStoredAsGivenAndServedOnlyAsJsonText() {
        Map<String, Object> body = with(with(complaint(), "narrative", SCRIPT + " and " + IMG + " — ¿dónde está mi pago? 工资"),
                "employer", IMG);
        long id = file(body);

        assertThat(jdbc.queryForObject("select narrative from worker_complaint where id = ?", String.class, id))
                .isEqualTo(SCRIPT + " and " + IMG + " — ¿dónde está mi pago? 工资");
        Response read = as(TestUsers.AUDITOR).get("/api/complaints/" + id);
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.json().path("narrative").asText()).startsWith(SCRIPT);
        assertThat(read.json().path("employer").asText()).isEqualTo(IMG);
        assertThat(read.body()).as("JSON escapes the quotes; nothing is rendered").doesNotContain("onerror=\"");
    }

    @Test
    void aMegabyteInAFieldIsRefusedNamingTheFieldAndNothingIsKept() {
        int before = complaints();
        int raw = submissions();
        String megabyte = "A".repeat(1024 * 1024);

        PublicClient.Answer narrative = publicClient().post(with(complaint(), "narrative", megabyte));
        assertThat(narrative.status()).as(narrative.body()).isEqualTo(413);
        assertThat(narrative.errorFor("narrative")).contains("too long");

        Map<String, Object> named = with(complaint(), "anonymous", false);
        named.put("contact", Map.of("email", "a@example.org", "name", megabyte));
        PublicClient.Answer contact = publicClient().post(named);
        assertThat(contact.status()).as(contact.body()).isEqualTo(413);
        assertThat(contact.errorFor("contact.name")).contains("too long");

        PublicClient.Answer over = publicClient().post(with(complaint(), "narrative", "B".repeat(4001)));
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.errorFor("narrative")).contains("longer than 4000 characters");

        assertThat(complaints()).isEqualTo(before);
        assertThat(submissions()).isEqualTo(raw);
    }

    @Test
    void aTenMegabyteBodyIsRefusedBeforeAByteOfItIsRead() {
        // only the head is sent: a server that waited for the declared body would never answer
        PublicClient.Answer declared = publicClient().postDeclaring(10L * 1024 * 1024);
        assertThat(declared.status()).as(declared.body()).isEqualTo(413);
        assertThat(declared.errorFor("body")).contains("larger than");

        byte[] chunked = ("{\"worksite\":\"x\",\"narrative\":\"" + "C".repeat(200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        PublicClient.Answer streamed = publicClient().postChunked(chunked);
        assertThat(streamed.status()).as(streamed.body()).isEqualTo(413);
        assertThat(streamed.errorFor("narrative")).contains("too long");
    }

    /** A value the intake cannot read as the field's type is 400; a value of the right type that breaks a rule, 422. */
    static Stream<Arguments> wrongInput() {
        return Stream.of(
                Arguments.of("\"hoursClaimed\":\"lots\"", "hoursClaimed", "must be a number", 400),
                Arguments.of("\"payClaimed\":[1,2]", "payClaimed", "must be a number", 400),
                Arguments.of("\"hoursClaimed\":169", "hoursClaimed", "between 0 and 168", 422),
                Arguments.of("\"payClaimed\":-5", "payClaimed", "between 0", 422),
                Arguments.of("\"payClaimed\":12.345", "payClaimed", "two decimals", 422),
                Arguments.of("\"narrative\":{\"a\":1}", "narrative", "must be a string", 400),
                Arguments.of("\"worksite\":12", "worksite", "must be a string", 400),
                Arguments.of("\"anonymous\":\"yes\"", "anonymous", "true or false", 400),
                Arguments.of("\"weekEnding\":20270109", "weekEnding", "YYYY-MM-DD", 400),
                Arguments.of("\"weekEnding\":\"next Friday\"", "weekEnding", "YYYY-MM-DD", 400),
                Arguments.of("\"language\":\"<b>es</b>\"", "language", "language code", 422),
                Arguments.of("\"ssn\":\"123-45-6789\"", "ssn", "not a known field", 400),
                Arguments.of("\"narrative\":\"null \\u0000 byte\"", "narrative", "control character", 400),
                Arguments.of("\"narrative\":\"half \\ud800 pair\"", "narrative", "invalid character", 400),
                Arguments.of("\"contact\":{\"name\":\"Ana\"}", "anonymous", "contact details were given", 422),
                Arguments.of("\"anonymous\":false", "contact", "phone number or an email", 422),
                Arguments.of("\"anonymous\":false,\"contact\":{\"email\":\"not an address\"}", "contact.email", "email address", 422),
                Arguments.of("\"contact\":[\"Ana\"]", "contact", "must be an object", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongInput")
    void aWrongValueIsRefusedNamingTheFieldAndNothingIsKept(String member, String field, String reason, int status) {
        int before = complaints();
        int raw = submissions();
        StringBuilder body = new StringBuilder("{" + member);
        Map.of("employer", "\"Harbor Builders\"", "worksite", "\"Main St\"", "narrative", "\"unpaid overtime\"")
                .forEach((name, value) -> {
                    if (!member.startsWith("\"" + name + "\"")) {
                        body.append(",\"").append(name).append("\":").append(value);
                    }
                });
        PublicClient.Answer answer = publicClient().post(body.append('}').toString());
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(answer.errorFor(field)).as(answer.body()).contains(reason);
        assertThat(complaints()).isEqualTo(before);
        assertThat(submissions()).isEqualTo(raw);
    }

    @Test
    void aBodyThatIsNotAComplaintIsRefusedAsABody() {
        int before = complaints();
        assertThat(publicClient().post("[1,2,3]").errorFor("body")).contains("JSON object");
        assertThat(publicClient().post("{\"worksite\": ").errorFor("body")).contains("not valid JSON");
        PublicClient client = publicClient();
        assertThat(client.postBytes(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}).errorFor("body"))
                .contains("not UTF-8");
        PublicClient.Answer missing = publicClient().post("{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.errorFor("worksite")).contains("required");
        assertThat(missing.errorFor("narrative")).contains("required");
        assertThat(missing.errorFor("employer")).contains("contract");
        assertThat(publicClient().postWithContentType("text/plain", "{}").status()).isEqualTo(415);
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void anAddressMayFileThreeComplaintsAMinuteAndFiveADayInTheTestProfile() {
        PublicClient worker = publicClient();
        for (int i = 0; i < 3; i++) {
            assertThat(worker.post(complaint()).status()).isEqualTo(201);
        }
        PublicClient.Answer fourth = worker.post(complaint());
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.headers().get("content-type")).startsWith("application/problem+json");
        assertThat(Integer.parseInt(fourth.headers().get("retry-after"))).isBetween(1, 60);
        assertThat(publicClient().post(complaint()).status()).as("another address is not held back").isEqualTo(201);

        clock.advance(Duration.ofSeconds(61));
        assertThat(worker.post(complaint()).status()).isEqualTo(201);
        assertThat(worker.post(complaint()).status()).isEqualTo(201);
        PublicClient.Answer sixth = worker.post(complaint());
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(Integer.parseInt(sixth.headers().get("retry-after"))).as("until the day is over").isGreaterThan(60);
    }

    /** A column of a row (JdbcTemplate's rows ignore the case the database reports names in). */
    private static Object value(Map<String, Object> row, String column) {
        return row.get(column);
    }
}
