package org.highroad.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.Http;
import org.highroad.support.TestMail;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The employer hears of a request returned for revision and of the agreement to accept before the first day. */
class SubsidyNotificationsTest extends SubsidiesTest {

    private static final String HARBOR_MAIL = "harbor@demo.highroad.example";

    @Autowired
    TestMail.Server smtp;
    @Autowired
    MailDelivery delivery;

    @Test
    void aReturnForRevisionAndAnAgreementToAcceptAreMailedOnceEachWithTheRequestsPage() throws Exception {
        long program = program("250000.00", "8000.00");
        NotificationsTest.olderMessagesOf(jdbc, TestUsers.HARBOR); // the home page lists the ten newest
        JsonNode returned = submitted(TestUsers.HARBOR, program, content().put("hires", 1).put("hourlyWage", "19.00"));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        long first = returned.path("id").asLong();
        delivery.drain();
        // named by its position, as the employer knows it
        List<MimeMessage> back = smtp.to(HARBOR_MAIL, "returned for revision: Machine operator trainee (no. " + first + ")");
        assertThat(back).hasSize(1);
        assertThat(back.get(0).getSubject()).isEqualTo("Wage-subsidy request returned for revision: Machine operator trainee (no. "
                + first + ")");
        assertThat(String.valueOf(back.get(0).getContent())).contains("http://localhost:8080/portal/subsidies/" + first,
                "request Machine operator trainee (no. " + first + ")");

        long id = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + first + "/revision", "").json().path("id").asLong();
        ObjectNode corrected = content().put("hires", 1);
        assertThat(as(TestUsers.HARBOR).put("/api/subsidy-requests/" + id, Http.JSON.createObjectNode().set("content", corrected))
                .status()).isEqualTo(200);
        JsonNode approved = submit(TestUsers.HARBOR, id);
        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        delivery.drain();
        List<MimeMessage> agreement = smtp.to(HARBOR_MAIL, "Agreement to accept: wage-subsidy request Machine operator trainee (no. "
                + id + ")");
        assertThat(agreement).hasSize(1);
        String firstDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(LocalDate.parse(corrected.path("startDate").asText()));
        assertThat(String.valueOf(agreement.get(0).getContent())).contains("before the first day of work, " + firstDay,
                "http://localhost:8080/portal/subsidies/" + id);
        assertThat(smtp.to(HARBOR_MAIL, "Machine operator trainee (no. " + first + ")")).as("still one").hasSize(1);

        // on the Spanish portal, in Spanish, named the same way
        org.highroad.support.PageSession page = new org.highroad.support.PageSession(port);
        page.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(page.get("/portal/?lang=es").body()).contains(
                "Solicitud de subsidio salarial devuelta para revisión: Machine operator trainee (n.º " + first + ")",
                "Acuerdo por aceptar: solicitud de subsidio salarial Machine operator trainee (n.º " + id + ")");
    }
}
