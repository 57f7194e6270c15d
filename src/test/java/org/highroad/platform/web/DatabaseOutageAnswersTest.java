package org.highroad.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.highroad.platform.errors.DatabaseOutage;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngineException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A database that cannot be reached is an outage (503, try again shortly), answered without naming the database, its
 * host or the driver; an error in the data is not an outage. The failure here is a real one: a connection pool
 * pointed at a port where no database listens.
 */
class DatabaseOutageAnswersTest {

    private static SQLException unreachable(long timeoutMillis) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/highroad");
        config.setUsername("highroad");
        config.setPassword("secret");
        config.setConnectionTimeout(timeoutMillis);
        config.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            Throwable failure = catchThrowable(pool::getConnection);
            assertThat(failure).isInstanceOf(SQLException.class);
            return (SQLException) failure;
        }
    }

    @Test
    void aRequestThatCannotGetAConnectionIsAnswered503WithRetryAfterAndNoInternals() throws IOException {
        SQLException down = unreachable(500);
        Exception inController = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction", down);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/agencies");

        ResponseEntity<ProblemDetail> answer = new ProblemDetailsAdvice().unexpected(inController, request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(String.valueOf(answer.getBody())).doesNotContainIgnoringCase("postgres").doesNotContain("127.0.0.1")
                .doesNotContainIgnoringCase("hikari").doesNotContainIgnoringCase("jdbc").doesNotContain("JPA");
    }

    @Test
    void aSignInThatCannotReachTheDatabaseIsAnswered503Too() throws IOException {
        // the engine checks the password: its command fails, wrapped, before any controller runs
        Exception inFilter = new ProcessEngineException("cannot open connection", new RuntimeException(unreachable(300)));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, inFilter);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/standards");

        ResponseEntity<ProblemDetail> answer = new ErrorAnswers().error(request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getBody().getInstance()).hasToString("/api/standards");
        assertThat(String.valueOf(answer.getBody())).doesNotContain("cannot open connection");
    }

    @Test
    void theWaitForAConnectionEndsAfterThePoolsTimeout() throws IOException {
        Instant start = Instant.now();
        unreachable(1000);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void errorsInTheDataAreNotOutages() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("index row size exceeds maximum", "54000"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("invalid byte sequence for encoding", "22021"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("no cause"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new SQLException("the database system is shutting down", "57P03"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("connection failure", "08006"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("too many connections", "53300"))).isTrue();
    }

    @Test
    void aVisitToTheErrorPageWithNoErrorBehindItIsNotFound() {
        ResponseEntity<ProblemDetail> answer = new ErrorAnswers().error(new MockHttpServletRequest("GET", "/error"));
        assertThat(answer.getStatusCode().value()).isEqualTo(404);
    }
}
