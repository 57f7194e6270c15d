package org.highroad.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.support.ApiTest;
import org.highroad.support.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in delays on a clock the test moves, against the application's database: growing and bounded per client and
 * account, an account-wide budget of failures per hour that holds back only clients the account does not trust, and
 * trust that a restart (a new throttle on the same database) or another node does not forget. Nothing a stranger does
 * keeps an owner's usual client out. Each test has accounts of its own.
 */
abstract class SignInThrottleContract extends ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Duration MAX = Duration.ofSeconds(60);
    private static final SignInThrottle.Policy POLICY = new SignInThrottle.Policy(Duration.ofSeconds(1), MAX, 3,
            Duration.ofMinutes(15), Duration.ofDays(30), 100, Duration.ofHours(1));

    @Autowired
    private JdbcTemplate jdbc;

    private final SteppedClock clock = new SteppedClock(org.highroad.support.TestClock.now());

    /** A node of Highroad, as it starts: nothing in memory, everything the database holds. */
    private SignInThrottle node(SignInThrottle.Policy policy) {
        SignInKeys keys = new SignInKeys(jdbc, "");
        return new SignInThrottle(clock, policy, keys, new TrustedClients(jdbc, 1000), new AccountFailures(jdbc),
                new RateCounters(jdbc, keys, clock));
    }

    /** The delays are in the database now: each test starts from none, as the in-memory delays of a new node did. */
    @BeforeEach
    void noDelaysYet() {
        jdbc.update("delete from rate_counter where scope = ?", GrowingDelays.SCOPE);
    }

    private SignInThrottle node() {
        return node(POLICY);
    }

    private static String account() {
        return "throttled" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
    }

    private static SignInClient at(String address) {
        return SignInClient.at(address);
    }

    @Test
    void eachFailureDoublesTheWaitFromOneSecondUpToAMinute() {
        SignInThrottle throttle = node();
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.delay(7)).isEqualTo(MAX);
        assertThat(throttle.delay(1_000_000)).isEqualTo(MAX);

        String account = account();
        for (long expected : new long[] {1, 2, 4, 8}) {
            assertThat(throttle.waitBefore(at("198.51.100.1"), account)).isEmpty();
            throttle.failed(at("198.51.100.1"), account);
            assertThat(throttle.waitBefore(at("198.51.100.1"), account)).contains(Duration.ofSeconds(expected));
            clock.step(Duration.ofSeconds(expected));
        }
    }

    @Test
    void afterARestartStrangersPollingFromThreeAddressesNeverHoldBackTheOwnersUsualClient() {
        String account = account();
        SignInClient owner = at("192.0.2.10");
        node().succeeded(owner, account);

        SignInThrottle restarted = node();
        List<SignInClient> strangers = List.of(at("203.0.113.1"), at("203.0.113.2"), at("203.0.113.3"));
        int ownerAnswered = 0;
        for (int tick = 0; tick < 400; tick++) { // every 0.3 s for two minutes
            for (SignInClient stranger : strangers) {
                if (restarted.waitBefore(stranger, account).isEmpty()) {
                    restarted.failed(stranger, account);
                }
            }
            if (tick % 17 == 16) { // about every 5 s
                assertThat(restarted.waitBefore(owner, account)).as("the owner at %d ms", tick * 300).isEmpty();
                restarted.succeeded(owner, account);
                ownerAnswered++;
            }
            clock.step(Duration.ofMillis(300));
        }
        assertThat(ownerAnswered).as("every 5 s for two minutes").isGreaterThanOrEqualTo(23);
        assertThat(restarted.waitBefore(at("192.0.2.99"), account))
                .as("a few dozen failures do not hold back a client new to the account").isEmpty();
    }

    @Test
    void aFewFailuresFromOtherClientsHoldBackNoClientOfTheOwnerNotEvenANewOne() {
        SignInThrottle throttle = node();
        String account = account();
        for (int i = 1; i <= 20; i++) {
            throttle.failed(at("203.0.113." + i), account);
        }
        assertThat(throttle.waitBefore(at("192.0.2.20"), account)).isEmpty();
    }

    @Test
    void anAccountsFailuresInAnyHourNeverExceedItsBudgetHoweverManyAddressesGuess() {
        SignInThrottle.Policy budgetOfTen = new SignInThrottle.Policy(Duration.ofSeconds(1), MAX, 3, Duration.ofMinutes(15),
                Duration.ofDays(30), 10, Duration.ofMinutes(10));
        SignInThrottle throttle = node(budgetOfTen);
        String account = account();
        SignInClient owner = at("192.0.2.30");
        throttle.succeeded(owner, account);
        List<Instant> checked = new ArrayList<>();
        Optional<Duration> newClientWait = Optional.empty();
        for (int tick = 0; tick < 180; tick++) { // every 10 s for half an hour, from 20 addresses
            for (int a = 1; a <= 20; a++) {
                SignInClient stranger = at("203.0.113." + a);
                if (throttle.waitBefore(stranger, account).isEmpty()) {
                    throttle.failed(stranger, account);
                    checked.add(clock.instant());
                }
            }
            assertThat(throttle.waitBefore(owner, account)).as("the owner's usual client at tick %d", tick).isEmpty();
            if (tick == 50) {
                newClientWait = throttle.waitBefore(at("192.0.2.31"), account);
            }
            clock.step(Duration.ofSeconds(10));
        }
        for (Instant start : checked) {
            long inWindow = checked.stream().filter(t -> !t.isBefore(start) && t.isBefore(start.plus(Duration.ofMinutes(10))))
                    .count();
            assertThat(inWindow).as("failures checked in the ten minutes from %s", start).isLessThanOrEqualTo(10);
        }
        assertThat(checked.size()).as("guessing goes on at the budget's pace, never locked").isGreaterThanOrEqualTo(20);
        assertThat(newClientWait).as("a client new to the account waits while its budget is spent").isPresent();
        assertThat(newClientWait.get()).isLessThanOrEqualTo(Duration.ofMinutes(11));

        clock.step(Duration.ofMinutes(11));
        assertThat(throttle.waitBefore(at("192.0.2.31"), account)).as("once the attack has stopped").isEmpty();
    }

    @Test
    void anotherNodeCountsTheSameFailuresAndTrustsTheSameClients() {
        String account = account();
        SignInThrottle first = node();
        SignInThrottle second = node();
        for (int i = 1; i <= 100; i++) {
            (i % 2 == 0 ? first : second).failed(at("203.0.113." + i), account);
        }
        Optional<Duration> wait = second.waitBefore(at("192.0.2.40"), account);
        assertThat(wait).as("the budget of 100 an hour is the account's, on every node").isPresent();
        assertThat(wait.get()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61));

        first.succeeded(at("192.0.2.41"), account);
        assertThat(second.waitBefore(at("192.0.2.41"), account)).isEmpty();
        assertThat(node().waitBefore(at("192.0.2.41"), account)).as("and after a restart").isEmpty();
    }

    @Test
    void aBrowsersDeviceTrustedForTheAccountIsNotHeldBackFromANewAddress() {
        String account = account();
        SignInThrottle throttle = node();
        throttle.succeeded(new SignInClient("192.0.2.50", "device-of-the-owner-0000000000000000000000"), account);
        for (int i = 1; i <= 100; i++) {
            throttle.failed(at("203.0.113." + i), account);
        }
        SignInThrottle restarted = node();
        assertThat(restarted.waitBefore(new SignInClient("198.51.100.50", "device-of-the-owner-0000000000000000000000"), account))
                .isEmpty();
        assertThat(restarted.waitBefore(new SignInClient("198.51.100.50", "another-device-00000000000000000000000000"), account))
                .isPresent();
        assertThat(restarted.waitBefore(at("198.51.100.50"), account)).isPresent();
    }

    @Test
    void theOwnersOwnMistakeDelaysOnlyTheirNextAttemptOnThatAccount() {
        SignInThrottle throttle = node();
        String account = account();
        throttle.succeeded(at("192.0.2.60"), account);
        throttle.failed(at("192.0.2.60"), account);
        assertThat(throttle.waitBefore(at("192.0.2.60"), account)).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(at("192.0.2.60"), account())).isEmpty();
        clock.step(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(at("192.0.2.60"), account)).isEmpty();
        throttle.succeeded(at("192.0.2.60"), account);
        throttle.failed(at("192.0.2.60"), account);
        assertThat(throttle.waitBefore(at("192.0.2.60"), account)).as("a success starts the count again")
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void aClientTryingManyAccountsWaitsAfterThreeFailures() {
        SignInThrottle throttle = node();
        String office = "198.51.100.70";
        for (int i = 0; i < 3; i++) {
            throttle.failed(at(office), account());
        }
        assertThat(throttle.waitBefore(at(office), account())).as("three failures are allowed").isEmpty();
        throttle.failed(at(office), account());
        assertThat(throttle.waitBefore(at(office), account())).contains(Duration.ofSeconds(1));
    }

    @Test
    void addressesInTheSameIpv6SlashSixtyFourAreOneClient() {
        SignInThrottle throttle = node();
        String account = account();
        throttle.failed(at("2001:db8:1:2::a"), account);
        assertThat(throttle.waitBefore(at("2001:db8:1:2:ffff:1:2:3"), account)).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(at("2001:db8:1:3::a"), account)).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHourWithoutANewOne() {
        SignInThrottle throttle = node();
        String account = account();
        for (int i = 0; i < 8; i++) {
            clock.step(throttle.waitBefore(at("198.51.100.80"), account).orElse(Duration.ZERO));
            throttle.failed(at("198.51.100.80"), account);
        }
        clock.step(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore(at("198.51.100.80"), account)).isEmpty();
        throttle.failed(at("198.51.100.80"), account);
        assertThat(throttle.waitBefore(at("198.51.100.80"), account)).contains(Duration.ofSeconds(1));
    }

    @Test
    void anAdministratorsUnlockForgetsTheAccountsFailuresFromEveryClientOnEveryNode() {
        String account = account();
        SignInThrottle first = node();
        for (int i = 1; i <= 100; i++) {
            first.failed(at("203.0.113." + i), account);
        }
        assertThat(first.waitBefore(at("203.0.113.1"), account)).isPresent();
        assertThat(first.waitBefore(at("192.0.2.90"), account)).isPresent();
        node().forgetAccount(account);
        assertThat(first.waitBefore(at("192.0.2.90"), account)).as("the budget is the account's again").isEmpty();
        first.forgetAccount(account);
        assertThat(first.waitBefore(at("203.0.113.1"), account)).isEmpty();
    }

    @Test
    void theDatabaseKeepsNoClientAddressOnlyItsKeyedHash() throws Exception {
        String account = account();
        node().succeeded(at("203.0.113.200"), account);
        List<String> keys = jdbc.queryForList("select client_key from sign_in_trust where account_id = ?", String.class,
                account);
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0)).matches("[0-9a-f]{64}").doesNotContain("203.0.113");
        assertThat(keys.get(0)).isNotEqualTo(sha256("203.0.113.200")).isNotEqualTo(sha256("network\n203.0.113.200"));
    }

    @Test
    void aClientIsTrustedOncePerAccountHoweverManyNodesRecordItsSignInAtOnce() throws Exception {
        String account = account();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> nodes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                nodes.add(() -> {
                    node().succeeded(at("192.0.2.100"), account);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(nodes)) {
                done.get();
            }
            List<Callable<Void>> failures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                failures.add(() -> {
                    SignInThrottle node = node();
                    for (int j = 0; j < 25; j++) {
                        node.failed(at("203.0.113." + (n * 25 + j)), account);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(failures)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_trust where account_id = ?", Integer.class, account))
                .isEqualTo(1);
        AccountFailures counted = new AccountFailures(jdbc);
        String key = new SignInKeys(jdbc, "").account(account);
        assertThat(counted.budgetSpentUntil(key, clock.instant(), 200, Duration.ofHours(1))).as("all 200 counted")
                .isPresent();
        assertThat(counted.budgetSpentUntil(key, clock.instant(), 201, Duration.ofHours(1))).isEmpty();
    }

    @Test
    void aClientsDelayIsTheSameOnAnotherNodeAndAfterARestart() {
        String account = account();
        SignInThrottle first = node();
        for (int i = 0; i < 3; i++) {
            first.failed(at("198.51.100.110"), account);
        }
        assertThat(node().waitBefore(at("198.51.100.110"), account)).as("another node").contains(Duration.ofSeconds(4));
        clock.step(Duration.ofSeconds(1));
        assertThat(node().waitBefore(at("198.51.100.110"), account)).as("a restarted node").contains(Duration.ofSeconds(3));
    }

    @Test
    void failuresArrivingAtTheSameMomentOnEightNodesAreEachCounted() throws Exception {
        String account = account();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> nodes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                nodes.add(() -> {
                    SignInThrottle node = node();
                    for (int j = 0; j < 5; j++) {
                        node.failed(at("198.51.100.120"), account);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(nodes)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        SignInKeys keys = new SignInKeys(jdbc, "");
        List<Integer> counted = jdbc.queryForList("select hits from rate_counter where scope = ? and subject = ?",
                Integer.class, GrowingDelays.SCOPE, keys.account(account));
        assertThat(counted).as("the client's failures on the account: 8 nodes x 5").containsExactly(40);
        assertThat(jdbc.queryForObject("select count(*) from rate_counter where key_hash like '%198.51.100%'", Integer.class))
                .as("no address stored").isZero();
        assertThat(node().waitBefore(at("198.51.100.120"), account)).contains(MAX);
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

}
