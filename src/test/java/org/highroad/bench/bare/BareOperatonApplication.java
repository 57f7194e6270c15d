package org.highroad.bench.bare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The start-up benchmark's baseline ({@code bench/startup-bench.sh}, BENCHMARKS.md): a bare Operaton web application on
 * Highroad's own classpath, started in a JVM of its own. It has no bean, model, form or migration of its own and scans
 * no package: it is Spring Boot's auto-configuration with the Operaton starters (engine, REST API on Jersey, webapps
 * Cockpit/Tasklist/Admin), the web server, an H2 file database in the working directory (a fresh one per run), the
 * engine's job executor, history level {@code full} as Highroad's, and Actuator's health with its readiness probe
 * ({@code readinessState}, {@code db}, {@code processEngine}). It reads none of Highroad's configuration
 * ({@code spring.config.name=bare-operaton}, a name no file has) and deploys nothing.
 * <p>
 * Left out, being Highroad's needs and not the engine's: JPA and Hibernate, Spring Data JPA repositories, Flyway, Spring
 * Security, Thymeleaf, mail, and every auto-configuration of Spring Modulith and springdoc (their jars are on the
 * classpath, as Highroad's). The exact list is printed at start ({@code bare: excluded ...}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class BareOperatonApplication {

    /** Spring Boot's auto-configurations that only Highroad's own parts need. */
    static final List<String> EXCLUDED_BOOT = List.of(
            "org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
            "org.springframework.boot.autoconfigure.data.jpa.JpaRepositoriesAutoConfiguration",
            "org.springframework.boot.autoconfigure.data.web.SpringDataWebAutoConfiguration",
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration",
            "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
            "org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.mail.MailHealthContributorAutoConfiguration");
    /** Every auto-configuration of these libraries (Highroad's event registry and modules; its OpenAPI pages). */
    static final List<String> EXCLUDED_PREFIXES = List.of("org.springframework.modulith.", "org.springdoc.");

    public static void main(String[] args) throws IOException {
        TreeSet<String> excluded = new TreeSet<>(EXCLUDED_BOOT);
        Enumeration<URL> imports = BareOperatonApplication.class.getClassLoader()
                .getResources("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");
        while (imports.hasMoreElements()) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(imports.nextElement().openStream(), StandardCharsets.UTF_8))) {
                in.lines().map(String::trim).filter(l -> EXCLUDED_PREFIXES.stream().anyMatch(l::startsWith)).forEach(excluded::add);
            }
        }
        System.out.println("bare: excluded " + excluded.size() + " auto-configurations: " + excluded);
        List<String> properties = new ArrayList<>(List.of(
                "--spring.config.name=bare-operaton",
                "--spring.autoconfigure.exclude=" + String.join(",", excluded),
                "--spring.application.name=bare-operaton",
                "--spring.datasource.url=jdbc:h2:file:./data/bare;AUTO_SERVER=FALSE",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--operaton.bpm.database.schema-update=true",
                "--operaton.bpm.history-level=full",
                "--operaton.bpm.auto-deployment-enabled=false",
                "--operaton.bpm.job-execution.enabled=true",
                "--management.endpoints.web.exposure.include=health",
                "--management.endpoint.health.probes.enabled=true",
                "--management.endpoint.health.group.readiness.include=readinessState,db,processEngine",
                "--management.health.diskspace.enabled=false"));
        properties.addAll(List.of(args));   // the benchmark's (server.port) come last and win
        SpringApplication.run(BareOperatonApplication.class, properties.toArray(String[]::new));
    }
}
