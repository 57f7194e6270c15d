package org.highroad.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the HTTP tests. Every subclass shares one application context per database (H2 by default;
 * {@link OnPostgres} swaps in a real PostgreSQL server), so the suite boots Highroad only twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestUsers.class, TestBeans.class, TestMail.class})
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestUsers users;

    protected Http as(String user) {
        return new Http(port, user, TestUsers.PASSWORD);
    }

    protected Http withPassword(String user, String password) {
        return new Http(port, user, password);
    }

    protected Http anonymous() {
        return new Http(port, null, null);
    }
}
