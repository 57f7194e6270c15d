package org.highroad.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployment files as an operator gets them (no Docker engine runs here, so they are read, not run): every
 * secret the compose file passes is required, demo data is off on every node, and health checks ask Actuator's
 * readiness, which this suite tests ({@code OperationsContract}).
 */
class DeploymentFilesTest {

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path));
    }

    @Test
    void everyVariableTheComposeFileReadsIsRequiredNoneHasADefault() throws IOException {
        String compose = read("docker/compose.yaml");
        Matcher variable = Pattern.compile("\\$\\{([A-Z_]+)([^}]*)}").matcher(compose);
        List<String> seen = new ArrayList<>();
        while (variable.find()) {
            seen.add(variable.group(1));
            assertThat(variable.group(2)).as(variable.group()).startsWith(":?");
        }
        assertThat(seen).contains("HIGHROAD_DB_PASSWORD", "HIGHROAD_SECURITY_SIGN_IN_SECRET");
        assertThat(compose).contains("HIGHROAD_DEMO_DATA_ENABLED: \"false\"").doesNotContain("HIGHROAD_DEMO_DATA_ENABLED: \"true\"");
    }

    @Test
    void theImagesHealthCheckAsksReadinessAndTheProxyServesNoMetrics() throws IOException {
        assertThat(read("docker/Dockerfile")).contains("HEALTHCHECK").contains("/actuator/health/readiness")
                .doesNotContain("/operaton/app/welcome");
        String proxy = read("docker/nginx.conf");
        assertThat(proxy).contains("ip_hash").contains("location /actuator/").contains("return 404");
    }
}
