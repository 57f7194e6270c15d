package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.support.ApiTest;
import org.highroad.support.LoopbackClient;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A page on another site cannot make a signed-in user's browser change data: the browser sends the HTTP Basic
 * credentials it keeps, but also says where the request comes from (Origin, Sec-Fetch-Site), and such a request is
 * refused whatever its body (JSON, a form, multipart, none). Highroad's own pages and clients that are not browsers
 * (curl, agency systems: no Origin) work as before, and reading is not affected.
 */
class CrossSiteRequestTest extends ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String FOREIGN = "https://attacker.example";

    private LoopbackClient admin() {
        return new LoopbackClient(port).signedInAs(TestUsers.ADMIN, TestUsers.PASSWORD);
    }

    private static String code() {
        return "XS" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    @Test
    void aJsonRequestFromAnotherSitesPageIsRefusedAndChangesNothing() {
        String code = code();
        String agency = "{\"code\":\"" + code + "\",\"name\":\"Forged agency\"}";
        for (LoopbackClient forged : new LoopbackClient[] {admin().with("Origin", FOREIGN), admin().with("Origin", "null"),
            admin().with("Sec-Fetch-Site", "cross-site"), admin().with("Origin", "http://localhost:" + (port + 1)),
            admin().with("Origin", FOREIGN).with("Sec-Fetch-Site", "same-origin")}) {
            LoopbackClient.Answer refused = forged.postJson("/api/agencies", agency);
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("detail").asText()).contains("another site");
        }
        assertThat(as(TestUsers.ADMIN).get("/api/agencies").body()).doesNotContain(code);
    }

    @Test
    void aFormPostedFromAnotherSiteCannotProposeAStandardVersion() {
        String code = code();
        assertThat(as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code)).status()).isEqualTo(201);
        String proposal = "/api/standards/" + code + "/versions/1/proposal";

        for (String type : new String[] {"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"}) {
            LoopbackClient.Answer refused = admin().with("Origin", FOREIGN).send("POST", proposal, type,
                    type.startsWith("multipart") ? "--x--\r\n" : "");
            assertThat(refused.status()).as(type + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(status(code)).isEqualTo("DRAFT");

        LoopbackClient.Answer ownPage = admin().with("Origin", new LoopbackClient(port).ownOrigin())
                .with("Sec-Fetch-Site", "same-origin").send("POST", proposal, "application/x-www-form-urlencoded", "");
        assertThat(ownPage.status()).as("Highroad's own origin: " + ownPage.body()).isEqualTo(200);
        assertThat(status(code)).isEqualTo("PROPOSED");
    }

    @Test
    void aMultipartUploadFromAnotherSiteIsRefusedBeforeItIsRead() {
        String body = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nx\r\n--x--\r\n";
        LoopbackClient harbor = new LoopbackClient(port).signedInAs(TestUsers.HARBOR, TestUsers.PASSWORD);
        String upload = "/api/contracts/999999/payrolls?weekEnding=2027-01-09";
        LoopbackClient.Answer refused = harbor.with("Origin", FOREIGN).send("POST", upload, "multipart/form-data; boundary=x", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        LoopbackClient.Answer curl = harbor.send("POST", upload, "multipart/form-data; boundary=x", body);
        assertThat(curl.status()).as("curl sends no Origin: the request reaches the endpoint " + curl.body()).isIn(400, 404);
    }

    @Test
    void clientsThatAreNotBrowsersAndReadingFromAnywhereWorkAsBefore() {
        String code = code();
        LoopbackClient.Answer curl = admin().postJson("/api/agencies", "{\"code\":\"" + code + "\",\"name\":\"By curl\"}");
        assertThat(curl.status()).as(curl.body()).isEqualTo(201);
        LoopbackClient.Answer read = admin().with("Origin", FOREIGN).with("Sec-Fetch-Site", "cross-site").get("/api/agencies");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains(code);
        assertThat(read.header("Access-Control-Allow-Origin")).as("and another site's page still cannot read it").isNull();
    }

    private String status(String code) {
        return as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1").json().path("adoption").path("status").asText();
    }
}
