package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Client mistakes on H2; and the application's own connection pool, which the PostgreSQL tests replace. */
class ClientMistakesApiTest extends ClientMistakesContract {

    @Autowired
    private DataSource dataSource;

    @Test
    void withTheDatabaseDownARequestWaitsAFewSecondsForAConnectionNotHalfAMinute() throws SQLException {
        assertThat(dataSource.unwrap(HikariDataSource.class).getConnectionTimeout()).isLessThanOrEqualTo(5_000);
    }
}
