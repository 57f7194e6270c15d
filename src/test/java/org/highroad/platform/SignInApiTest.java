package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.platform.security.Role;
import org.highroad.platform.security.SignInThrottle;
import org.highroad.platform.security.UserDirectory;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.LoopbackClient;
import org.highroad.support.MovableClock;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Password guessing is slowed down per client and account, never answered with a lock a stranger can set: the owner
 * keeps signing in while a stranger guesses, in the API and in the webapps; only an administrator locks an account.
 * Each test has accounts and client addresses of its own, and moves the application clock instead of sleeping.
 */
class SignInApiTest extends ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    private MovableClock clock;

    @Autowired
    private UserDirectory directory;

    @Autowired
    private IdentityService identity;

    @Autowired
    private SignInThrottle throttle;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String newAccount() {
        String id = "signin" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
        directory.createUser(id, "Sam", "Signin", id + "@test.example", TestUsers.PASSWORD, Role.WORKFORCE_STAFF);
        return id;
    }

    @Test
    void aStrangerGuessingEveryTwoSecondsNeverLocksTheAccountAndItsOwnerSignsInThroughout() {
        String account = newAccount();
        LoopbackClient owner = new LoopbackClient(port).signedInAs(account, TestUsers.PASSWORD);
        assertThat(owner.get("/api/standards").status()).isEqualTo(200);
        LoopbackClient stranger = new LoopbackClient(port);

        int checked = 0;
        for (int i = 0; i < 300; i++) {
            LoopbackClient.Answer guess = stranger.signedInAs(account, "guess" + i).get("/api/standards");
            assertThat(guess.status()).as(guess.body()).isIn(401, 429);
            checked += guess.status() == 401 ? 1 : 0;
            if (i % 10 == 0) {
                LoopbackClient.Answer own = owner.get("/api/standards");
                assertThat(own.status()).as("the owner after %d guesses: %s", i, own.body()).isEqualTo(200);
            }
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(checked).as("more wrong passwords were checked than the engine's old limit of ten").isGreaterThan(10);
        assertThat(owner.get("/api/standards").status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(60));
        assertThat(stranger.signedInAs(account, TestUsers.PASSWORD).get("/api/standards").status())
                .as("the account is not locked: after the delay the right password opens it from anywhere").isEqualTo(200);
    }

    @Test
    void eachWrongPasswordMakesTheClientWaitLongerBeforeItsNextAttemptIsChecked() {
        String account = newAccount();
        LoopbackClient client = new LoopbackClient(port);
        long[] waits = {1, 2, 4, 8};
        for (long wait : waits) {
            assertThat(client.signedInAs(account, "wrong").get("/api/standards").status()).isEqualTo(401);
            LoopbackClient.Answer early = client.signedInAs(account, TestUsers.PASSWORD).get("/api/standards");
            assertThat(early.status()).as("not even the right password is checked before the delay").isEqualTo(429);
            assertThat(early.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(early.header("Retry-After"))).as("the whole delay, less what passed since")
                    .isBetween(Math.max(1, wait - 1), wait);
            assertThat(early.json().path("detail").asText()).contains("failed sign-ins");
            clock.advance(Duration.ofSeconds(wait));
        }
        assertThat(client.signedInAs(account, TestUsers.PASSWORD).get("/api/standards").status()).isEqualTo(200);
        assertThat(new LoopbackClient(port).signedInAs(account, TestUsers.PASSWORD).get("/api/standards").status())
                .as("four failures from one client do not hold back another").isEqualTo(200);
    }

    @Test
    void wrongPasswordsFromAFewOtherAddressesHoldBackNoClientOfTheOwnerNotEvenANewOne() {
        String account = newAccount();
        for (int s = 0; s < 3; s++) {
            LoopbackClient stranger = new LoopbackClient(port).signedInAs(account, "guess");
            for (int i = 0; i < 2; i++) {
                assertThat(stranger.get("/api/standards").status()).isEqualTo(401);
                clock.advance(Duration.ofSeconds(1));
            }
        }
        LoopbackClient.Answer newPhone = new LoopbackClient(port).signedInAs(account, TestUsers.PASSWORD).get("/api/standards");
        assertThat(newPhone.status()).as("six failures for the account: " + newPhone.body()).isEqualTo(200);
    }

    @Test
    void anAccountUnderSustainedAttackHoldsBackOnlyClientsItDoesNotTrustAmongThemNoBrowserItSignedInFrom() {
        // a user every cached context has (the webapps serve whichever engine registered last), made for wrong passwords
        String account = TestUsers.LOCKABLE;
        throttle.forgetAccount(account); // what other tests' wrong passwords left
        try {
            LoopbackClient usualApiClient = new LoopbackClient(port).signedInAs(account, TestUsers.PASSWORD);
            assertThat(usualApiClient.get("/api/standards").status()).isEqualTo(200);
            LoopbackClient.Answer firstSignIn = webappSignIn(new LoopbackClient(port), null, account, TestUsers.PASSWORD);
            assertThat(firstSignIn.status()).as(firstSignIn.body()).isEqualTo(200);
            String device = firstSignIn.cookie("highroad_device");
            assertThat(device).as("the browser is given a device cookie").isNotNull();
            assertThat(firstSignIn.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Strict")
                    .contains("Path=/operaton/api/admin/auth/user/");

            for (int i = 0; i < 100; i++) { // the budget: 100 failures an hour, from as many addresses
                assertThat(new LoopbackClient(port).signedInAs(account, "guess" + i).get("/api/standards").status())
                        .isEqualTo(401);
            }
            LoopbackClient.Answer stranger = new LoopbackClient(port).signedInAs(account, TestUsers.PASSWORD).get("/api/standards");
            assertThat(stranger.status()).as("a client the account does not know waits").isEqualTo(429);
            assertThat(Long.parseLong(stranger.header("Retry-After"))).isBetween(3_500L, 3_660L);
            assertThat(webappSignIn(new LoopbackClient(port), null, account, TestUsers.PASSWORD).status()).isEqualTo(429);

            assertThat(usualApiClient.get("/api/standards").status()).as("the owner's usual client").isEqualTo(200);
            LoopbackClient.Answer sameBrowserElsewhere = webappSignIn(new LoopbackClient(port), device, account,
                    TestUsers.PASSWORD);
            assertThat(sameBrowserElsewhere.status()).as("the owner's browser on another network: "
                    + sameBrowserElsewhere.body()).isEqualTo(200);
        } finally {
            throttle.forgetAccount(account);
        }
    }

    /** The webapps' sign-in form, as a browser sends it: with the CSRF token of a page it loaded first. */
    private LoopbackClient.Answer webappSignIn(LoopbackClient browser, String device, String account, String password) {
        LoopbackClient.Answer page = browser.get("/operaton/app/tasklist/default/");
        String csrf = page.cookie("XSRF-TOKEN");
        String session = page.cookie("JSESSIONID");
        LoopbackClient form = browser.with("Cookie", "XSRF-TOKEN=" + csrf + (session == null ? "" : "; JSESSIONID=" + session)
                + (device == null ? "" : "; highroad_device=" + device)).with("X-XSRF-TOKEN", csrf);
        return form.send("POST", "/operaton/api/admin/auth/user/default/login/tasklist", "application/x-www-form-urlencoded",
                "username=" + account + "&password=" + password);
    }

    @Test
    void theWebappsSignInFormIsSlowedDownTheSameWay() {
        // a user every cached context has (the webapps serve whichever engine registered last), made for wrong passwords
        String account = TestUsers.LOCKABLE;
        LoopbackClient browser = new LoopbackClient(port);
        LoopbackClient.Answer page = browser.get("/operaton/app/tasklist/default/");
        assertThat(page.status()).isEqualTo(200);
        String csrf = page.cookie("XSRF-TOKEN");
        String session = page.cookie("JSESSIONID");
        assertThat(csrf).isNotNull();
        LoopbackClient form = browser.with("Cookie", "XSRF-TOKEN=" + csrf + (session == null ? "" : "; JSESSIONID=" + session))
                .with("X-XSRF-TOKEN", csrf);
        String path = "/operaton/api/admin/auth/user/default/login/tasklist";
        String type = "application/x-www-form-urlencoded";

        assertThat(form.send("POST", path, type, "username=" + account + "&password=wrong").status()).isEqualTo(401);
        LoopbackClient.Answer early = form.send("POST", path, type, "username=" + account + "&password=" + TestUsers.PASSWORD);
        assertThat(early.status()).isEqualTo(429);
        assertThat(early.header("Retry-After")).isEqualTo("1");
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");

        clock.advance(Duration.ofSeconds(1));
        LoopbackClient.Answer signedIn = form.send("POST", path, type, "username=" + account + "&password=" + TestUsers.PASSWORD);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.body()).contains("\"userId\":\"" + account + "\"");
    }

    @Test
    void anAdministratorLocksAnAccountAndUnlocksItHereOrInTheAdminWebapp() {
        String account = newAccount();
        LoopbackClient owner = new LoopbackClient(port).signedInAs(account, TestUsers.PASSWORD);
        assertThat(owner.get("/api/standards").status()).isEqualTo(200);

        Response locked = as(TestUsers.ADMIN).put("/api/users/" + account + "/lock", "{}");
        assertThat(locked.status()).as(locked.body()).isEqualTo(200);
        assertThat(locked.json().path("locked").asBoolean()).isTrue();
        assertThat(as(TestUsers.ADMIN).get("/api/users/" + account + "/lock").json().path("locked").asBoolean()).isTrue();
        assertThat(owner.get("/api/standards").status()).as("no password opens a locked account").isEqualTo(401);

        // "Unlock User" in the Admin webapp calls the engine's unlock (asked of this context's engine directly: with
        // the H2 and the PostgreSQL contexts both cached, the webapps may be serving the other one's engine)
        identity.unlockUser(account);
        assertThat(as(TestUsers.ADMIN).get("/api/users/" + account + "/lock").json().path("locked").asBoolean()).isFalse();
        assertThat(new LoopbackClient(port).signedInAs(account, TestUsers.PASSWORD).get("/api/standards").status())
                .isEqualTo(200);

        assertThat(as(TestUsers.ADMIN).put("/api/users/" + account + "/lock", "{}").status()).isEqualTo(200);
        assertThat(owner.get("/api/standards").status()).isIn(401, 429);
        Response unlocked = as(TestUsers.ADMIN).delete("/api/users/" + account + "/lock");
        assertThat(unlocked.status()).as(unlocked.body()).isEqualTo(200);
        assertThat(unlocked.json().path("locked").asBoolean()).isFalse();
        assertThat(owner.get("/api/standards").status()).as("unlocking also forgets the failures counted meanwhile")
                .isEqualTo(200);

        assertThat(as(TestUsers.ADMIN).put("/api/users/nobody-here/lock", "{}").status()).isEqualTo(404);
    }
}
