package org.highroad.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.highroad.enforcement.CaseTest;
import org.highroad.payroll.PayrollEvents.PayrollRejected;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestMail;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications sent through a real SMTP server in the test JVM (GreenMail, {@link TestMail}): recorded in the
 * transaction of what they tell, mailed after it committed, once per notice and user, with the link to the page, and
 * with no worker's name or number.
 */
public class NotificationsTest extends CaseTest {

    private static final String HARBOR_MAIL = "harbor@demo.highroad.example";
    private static final String AUDITOR_MAIL = "auditor@demo.highroad.example";
    private static final String BASE = "http://localhost:8080";
    /** Ids of contracts no test makes, for events published by hand: their messages are told apart by them. */
    private static final AtomicLong FAKE_CONTRACT = new AtomicLong(900_000 + (System.nanoTime() % 50_000) * 10);

    @Autowired
    TestMail.Server smtp;
    @Autowired
    MailDelivery delivery;
    @Autowired
    ReportingReminders reminders;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    IdentityService identity;
    @Autowired
    Notifications notifications;
    @Autowired
    org.highroad.contracts.Contracts contractsApi;

    @AfterEach
    void smtpRunsAndHarborReadsEnglish() {
        if (!smtp.running()) {
            smtp.start();
        }
        identity.deleteUserInfo(TestUsers.HARBOR, "language");
    }

    @Test
    void aRejectedPayrollIsMailedOnceToTheContractorsUserWithTheLinkAndNoWorkersName() throws Exception {
        String title = "Notified rejection " + System.nanoTime();
        long contract = contractWithStatement(title);
        String bad = HEADER + "\n1,Garcia,Maria,L,1234,J,," + ELECTRICIAN + ",,8,8,8,8,eight,,,,,,,,,60.00,,31.40,0,2400.00,"
                + "2400.00,300.00,183.60,0,483.60,1916.40,Y,2026-01-01,,\n";
        Response rejected = post(TestUsers.HARBOR, contract, WEEK, bad);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        long submission = rejected.json().path("submission").path("id").asLong();
        delivery.drain();

        List<MimeMessage> mails = smtp.to(HARBOR_MAIL, "Payroll rejected: " + title + ",");
        assertThat(mails).hasSize(1);
        String body = text(mails.get(0));
        assertThat(mails.get(0).getSubject()).isEqualTo("Payroll rejected: " + title + ", period ending January 9, 2027");
        assertThat(body).contains("Payroll " + submission + " ", "with one error.", BASE + "/portal/contracts/" + contract + "/payrolls");
        assertNoWorkersData(body, "Garcia", "Maria", "1234");

        // the same event delivered again (a retried listener, a second node): no second message, no second mail
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new PayrollRejected(contract,
                users.vendorOf(TestUsers.HARBOR), LocalDate.parse(WEEK), submission, 1)));
        delivery.drain();
        assertThat(smtp.to(HARBOR_MAIL, "Payroll rejected: " + title + ",")).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Integer.class,
                "payroll-rejected:" + submission + ":" + TestUsers.HARBOR)).isEqualTo(1);

        // listed for harbor, with the page; not for another contractor
        JsonNode listed = as(TestUsers.HARBOR).get("/api/notifications?limit=100").json();
        assertThat(listed.findValuesAsText("subject")).contains(mails.get(0).getSubject());
        JsonNode mine = find(listed, mails.get(0).getSubject());
        assertThat(mine.path("kind").asText()).isEqualTo("PAYROLL_REJECTED");
        assertThat(mine.path("link").asText()).isEqualTo("/portal/contracts/" + contract + "/payrolls");
        // the link opens the contract's reporting calendar in the portal
        org.highroad.support.PageSession page = new org.highroad.support.PageSession(port);
        page.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(page.get(mine.path("link").asText()).status()).isEqualTo(200);
        assertThat(mine.path("sentAt").isMissingNode()).isFalse();
        assertThat(as(TestUsers.NORTHSIDE).get("/api/notifications?limit=100").json().findValuesAsText("subject"))
                .doesNotContain(mails.get(0).getSubject());
    }

    @Test
    void aFlaggedPayrollIsMailedOnceTheAuditorHearsOfTheReviewTaskAndHarborOfTheNoticeWithItsCureDate() throws Exception {
        String title = "Notified flags " + System.nanoTime();
        long contract = contractWithStatement(title);
        Response upload = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long submission = upload.json().path("id").asLong();
        delivery.drain();
        List<MimeMessage> flagged = smtp.to(HARBOR_MAIL, "Payroll flagged: " + title + ",");
        assertThat(flagged).hasSize(1);
        assertThat(text(flagged.get(0))).contains("Payroll " + submission + " ", BASE + "/portal/contracts/" + contract + "/payrolls");
        assertNoWorkersData(text(flagged.get(0)), "Garcia", "Maria", "Lee", "1234", "5678");

        long caseId = caseOf(contract).path("id").asLong();
        Jobs.runDue(management); // the review round creates the auditors' task, one for the round
        delivery.drain();
        List<MimeMessage> tasks = smtp.to(AUDITOR_MAIL, "(case " + caseId + ")");
        assertThat(tasks).hasSize(1).allSatisfy(m -> assertThat(m.getSubject()).startsWith("New task: Review 2 findings of ")
                .endsWith(", $200.00 at stake (case " + caseId + ")"));
        assertThat(text(tasks.get(0))).contains(BASE + "/operaton/app/tasklist/default/#/?task=");
        assertNoWorkersData(text(tasks.get(0)), "Garcia", "Maria", "Lee", "1234", "5678");

        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        Jobs.runDue(management);
        delivery.drain();
        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        LocalDate cure = LocalDate.parse(notice.path("cureDue").asText());
        List<MimeMessage> notices = smtp.to(HARBOR_MAIL, "Notice of non-compliance: case " + caseId + ",");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).getSubject()).endsWith("cure by " + java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.ENGLISH).format(cure));
        assertThat(text(notices.get(0))).contains(BASE + "/portal/cases/" + caseId);
        assertNoWorkersData(text(notices.get(0)), "Garcia", "Maria", "Lee", "1234", "5678");
        assertThat(smtp.to(HARBOR_MAIL, "Payroll flagged: " + title + ",")).as("still one").hasSize(1);
    }

    @Test
    void aTransactionThatRolledBackRecordsAndMailsNothing() throws Exception {
        long undone = FAKE_CONTRACT.incrementAndGet();
        long kept = FAKE_CONTRACT.incrementAndGet();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(rejected(undone));
            s.setRollbackOnly();
        });
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(rejected(kept)));
        delivery.drain(); // the mail thread sends in order: once the later one is in, an earlier one would be too

        assertThat(smtp.to(HARBOR_MAIL, "contract " + kept + ",")).hasSize(1);
        assertThat(smtp.to(HARBOR_MAIL, "contract " + undone + ",")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Integer.class,
                "payroll-rejected:" + undone + ":" + TestUsers.HARBOR)).isZero();
    }

    @Test
    void aMailNotTakenWhileTheServerIsDownIsSentOnceByTheRetryWhenItIsBack() throws Exception {
        long contract = FAKE_CONTRACT.incrementAndGet();
        long exhausted = FAKE_CONTRACT.incrementAndGet();
        long stale = FAKE_CONTRACT.incrementAndGet();
        smtp.stop();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.publishEvent(rejected(contract));
            events.publishEvent(rejected(exhausted));
            events.publishEvent(rejected(stale));
        });
        delivery.drain();
        assertThat(jdbc.queryForMap("select attempts, sent_at, last_failure from notification where dedup_key = ?",
                "payroll-rejected:" + contract + ":" + TestUsers.HARBOR)).containsEntry("ATTEMPTS", 1)
                .containsEntry("SENT_AT", null).extractingByKey("LAST_FAILURE").isNotNull();
        // the bound: a message that has had all its tries is not tried again
        jdbc.update("update notification set attempts = 8 where dedup_key = ?", "payroll-rejected:" + exhausted + ":" + TestUsers.HARBOR);
        // news older than highroad.notifications.mail-within (3 days) is listed, not mailed
        jdbc.update("update notification set created_at = ? where dedup_key = ?", java.sql.Timestamp.from(clock.instant()
                .minus(Duration.ofDays(4))), "payroll-rejected:" + stale + ":" + TestUsers.HARBOR);

        smtp.start();
        delivery.retryDue();
        assertThat(smtp.to(HARBOR_MAIL, "contract " + contract + ",")).as("not before its retry time").isEmpty();

        clock.advance(Duration.ofMinutes(6)); // highroad.notifications.retry-after: 5 minutes after the first try
        delivery.retryDue();
        delivery.retryDue();
        assertThat(smtp.to(HARBOR_MAIL, "contract " + contract + ",")).hasSize(1);
        assertThat(smtp.to(HARBOR_MAIL, "contract " + exhausted + ",")).isEmpty();
        assertThat(smtp.to(HARBOR_MAIL, "contract " + stale + ",")).isEmpty();
        assertThat(jdbc.queryForObject("select sent_at from notification where dedup_key = ?", java.sql.Timestamp.class,
                "payroll-rejected:" + contract + ":" + TestUsers.HARBOR)).isNotNull();
    }

    @Test
    void aPeriodDueInTwoDaysAndALatePeriodAreToldOnceEach() throws Exception {
        String title = "Reminded reporting " + System.nanoTime();
        long contract = executedContract(title); // weeks end on Saturdays from 2027-01-09, due 7 days later
        today("2027-01-13");
        reminders.scan();
        delivery.drain();
        assertThat(smtp.to(HARBOR_MAIL, title + ",")).as("3 days before: nothing yet").isEmpty();

        today("2027-01-14");
        reminders.scan();
        reminders.scan();
        delivery.drain();
        List<MimeMessage> due = smtp.to(HARBOR_MAIL, title + ",");
        assertThat(due).extracting(MimeMessage::getSubject).containsExactly("Certified payroll due January 16, 2027: "
                + title + ", period ending January 9, 2027");
        assertThat(text(due.get(0))).contains(BASE + "/portal/contracts/" + contract + "/payrolls");

        today("2027-01-17"); // the day after the due date: late, as payroll counts it
        reminders.scan();
        delivery.drain();
        reminders.scan();
        delivery.drain();
        assertThat(smtp.to(HARBOR_MAIL, title + ",")).extracting(MimeMessage::getSubject).containsExactly(
                "Certified payroll due January 16, 2027: " + title + ", period ending January 9, 2027",
                "Certified payroll late: " + title + ", period ending January 9, 2027");
    }

    @Test
    void aMessageIsWrittenInTheRecipientsLanguage() throws Exception {
        Response refused = as(TestUsers.HARBOR).put("/api/notifications/language", java.util.Map.of("language", "fr"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("language");
        Response chosen = as(TestUsers.HARBOR).put("/api/notifications/language", java.util.Map.of("language", "es"));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(identity.getUserInfo(TestUsers.HARBOR, "language")).isEqualTo("es");
        long contract = FAKE_CONTRACT.incrementAndGet();
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(rejected(contract)));
        delivery.drain();
        List<MimeMessage> mails = smtp.to(HARBOR_MAIL, "contrato " + contract + ",");
        assertThat(mails).extracting(MimeMessage::getSubject)
                .containsExactly("Nómina rechazada: contrato " + contract + ", período que termina el 9 de enero de 2027");
        assertThat(text(mails.get(0))).contains("Abra la página: " + BASE + "/portal/contracts/" + contract + "/payrolls");
    }

    @Test
    void theSpanishPortalHomeListsEveryKindOfMessageInSpanishNamingTheContract() throws Exception {
        String title = "Harbor seawall " + System.nanoTime();
        long contract = executedContract(title);
        long vendor = users.vendorOf(TestUsers.HARBOR);
        long caseId = FAKE_CONTRACT.incrementAndGet();
        long request = FAKE_CONTRACT.incrementAndGet();
        LocalDate week = LocalDate.parse(WEEK);
        LocalDate cure = LocalDate.parse("2027-02-12");
        List<String> harbor = List.of(TestUsers.HARBOR);
        olderMessagesOf(jdbc, TestUsers.HARBOR); // the home page lists the ten newest: this test's nine
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            // the reporting scan's two kinds, as it words them (the scan itself: aPeriodDueInTwoDays…)
            notifications.notify(NoticeKind.PERIOD_DUE_SOON, "es-due:" + contract, harbor, "/portal/",
                    ContractorNotices.contract(contractsApi, contract), week, week.plusDays(7));
            notifications.notify(NoticeKind.PERIOD_LATE, "es-late:" + contract, harbor, "/portal/",
                    ContractorNotices.contract(contractsApi, contract), week, week.plusDays(7));
            events.publishEvent(new PayrollRejected(contract, vendor, week, caseId, 1234));
            // (a flagged payroll's event opens a case too: the message alone here, as its listener words it)
            notifications.notify(NoticeKind.PAYROLL_FLAGGED, "es-flagged:" + contract, harbor, "/portal/",
                    ContractorNotices.contract(contractsApi, contract), week, caseId,
                    new org.highroad.notifications.domain.NoticeTexts.Count(2));
            events.publishEvent(new org.highroad.enforcement.CaseNoticeIssued(caseId, contract, null, caseId, 1,
                    List.of(vendor), cure));
            events.publishEvent(new org.highroad.enforcement.CaseNoticeIssued(caseId + 1, null, request, caseId + 1, 1,
                    List.of(vendor), cure));
            events.publishEvent(new org.highroad.enforcement.CaseNotCured(caseId, caseId, List.of(vendor), cure));
            events.publishEvent(new org.highroad.subsidies.SubsidyReturned(request, vendor));
            events.publishEvent(new org.highroad.subsidies.SubsidyAgreementIssued(request, vendor, cure));
        });
        delivery.drain();

        org.highroad.support.PageSession page = new org.highroad.support.PageSession(port);
        page.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String es = page.get("/portal/?lang=es").body();
        assertThat(es).contains(
                "Nómina certificada vence el 16 de enero de 2027: " + title + ", período que termina el 9 de enero de 2027",
                "Nómina certificada atrasada: " + title + ", período que termina el 9 de enero de 2027",
                "Nómina rechazada: " + title + ", período que termina el 9 de enero de 2027",
                "Nómina con observaciones: " + title + ", período que termina el 9 de enero de 2027",
                "Aviso de incumplimiento: caso " + caseId + ", corregir antes del 12 de febrero de 2027",
                "Aviso de recuperación de subsidio: caso " + (caseId + 1) + ", reembolsar antes del 12 de febrero de 2027",
                "Caso " + caseId + ": su corrección fue revisada y el caso no está corregido",
                "Solicitud de subsidio salarial devuelta para revisión: n.º " + request,
                "Acuerdo por aceptar: solicitud de subsidio salarial n.º " + request);
        assertThat(es).doesNotContain("Payroll rejected", "Certified payroll", "Notice of", "period ending", "contract " + contract);

        // the same messages on the English page, and mailed in harbor's language (English: none chosen)
        String en = page.get("/portal/?lang=en").body();
        assertThat(en).contains("Payroll rejected: " + title + ", period ending January 9, 2027",
                "Agreement to accept: wage-subsidy request no. " + request).doesNotContain("Nómina");
        assertThat(smtp.to(HARBOR_MAIL, "Payroll rejected: " + title + ",")).hasSize(1);
        assertThat(text(smtp.to(HARBOR_MAIL, "Payroll rejected: " + title + ",").get(0)))
                .contains("rejected with 1,234 errors");
        // the API answers in English
        assertThat(as(TestUsers.HARBOR).get("/api/notifications?limit=100").json().findValuesAsText("subject"))
                .contains("Payroll flagged: " + title + ", period ending January 9, 2027");
    }

    @Test
    void theSameNoticeDeliveredAtOnceByManyTransactionsIsOneMessageAndOneMail() throws Exception {
        long contract = FAKE_CONTRACT.incrementAndGet();
        int parallel = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                done.add(pool.submit(() -> {
                    go.await();
                    new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(rejected(contract)));
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        delivery.drain();
        assertThat(jdbc.queryForObject("select count(*) from notification where dedup_key = ?", Integer.class,
                "payroll-rejected:" + contract + ":" + TestUsers.HARBOR)).isEqualTo(1);
        assertThat(smtp.to(HARBOR_MAIL, "contract " + contract + ",")).hasSize(1);
    }

    @Test
    void aListingAsksForOneToAHundredMessages() {
        assertThat(as(TestUsers.HARBOR).get("/api/notifications?limit=0").status()).isEqualTo(400);
        assertThat(as(TestUsers.HARBOR).get("/api/notifications?limit=101").status()).isEqualTo(400);
        assertThat(as(TestUsers.HARBOR).get("/api/notifications?limit=lots").status()).isEqualTo(400);
        assertThat(as(TestUsers.HARBOR).get("/api/notifications").status()).isEqualTo(200);
    }

    /** Dates the user's messages so far long ago, so that a page's newest are the ones a test records next. */
    static void olderMessagesOf(org.springframework.jdbc.core.JdbcTemplate jdbc, String user) {
        jdbc.update("update notification set created_at = ? where recipient = ?",
                java.sql.Timestamp.from(java.time.Instant.parse("2000-01-01T00:00:00Z")), user);
    }

    private PayrollRejected rejected(long contract) {
        return new PayrollRejected(contract, users.vendorOf(TestUsers.HARBOR), LocalDate.parse(WEEK), contract, 3);
    }

    private void today(String day) {
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse(day).atStartOfDay()));
    }

    private static JsonNode find(JsonNode list, String subject) {
        for (JsonNode n : list) {
            if (n.path("subject").asText().equals(subject)) {
                return n;
            }
        }
        throw new AssertionError("no message " + subject);
    }

    private static String text(MimeMessage m) throws Exception {
        return String.valueOf(m.getContent());
    }

    private static void assertNoWorkersData(String body, String... data) {
        for (String d : data) {
            assertThat(body).as("no worker's name or number in a mail").doesNotContainPattern("\\b" + d + "\\b");
        }
    }
}
