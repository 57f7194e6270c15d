package org.highroad.transparency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The address published URIs begin with: the request's own when no public base URL is configured, the configured one
 * otherwise, whatever Host header a request forges.
 */
class PublicBaseUrlTest {

    private static MockHttpServletRequest forgedHost() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/public/ocds/releases");
        request.setScheme("http");
        request.setServerName("evil.example");
        request.setServerPort(80);
        request.addHeader("Host", "evil.example");
        request.setQueryString("page=2");
        return request;
    }

    private static Packages packages(String publicBaseUrl) {
        return new Packages("Highroad", "https://opendatacommons.org/licenses/pddl/1.0/", "", publicBaseUrl);
    }

    @Test
    void withThePropertySetAForgedHostIsIgnored() {
        Packages p = packages("https://contracts.example.gov/");
        MockHttpServletRequest request = forgedHost();
        assertThat(p.base(request)).isEqualTo("https://contracts.example.gov");
        ObjectNode release = JsonNodeFactory.instance.objectNode().put("date", "2025-03-08T00:00:00Z");
        ObjectNode pkg = p.releasePackage(request, List.of(release), null);
        assertThat(pkg.path("uri").asText()).isEqualTo("https://contracts.example.gov/public/ocds/releases?page=2");
        assertThat(pkg.toString()).doesNotContain("evil.example");
    }

    @Test
    void withoutThePropertyTheRequestsAddressIsKept() {
        Packages p = packages("");
        assertThat(p.base(forgedHost())).isEqualTo("http://evil.example:80");
        assertThat(p.recordPackage(forgedHost(), List.of()).path("uri").asText())
                .isEqualTo("http://evil.example:80/public/ocds/releases?page=2");
    }

    @Test
    void anAddressWithAPathOrWithoutAnHttpSchemeIsRefused() {
        assertThat(Packages.publicBaseUrl("  http://localhost:8080// ")).isEqualTo("http://localhost:8080");
        for (String bad : List.of("contracts.example.gov", "ftp://contracts.example.gov", "https://contracts.example.gov/ocds",
                "https://contracts.example.gov?x=1", "https://user@contracts.example.gov", "https://bad host")) {
            assertThatThrownBy(() -> Packages.publicBaseUrl(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("highroad.public-base-url");
        }
    }
}
