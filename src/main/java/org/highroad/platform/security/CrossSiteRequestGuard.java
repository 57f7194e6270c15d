package org.highroad.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Refuses a request that changes data when a browser says it comes from another site. Browsers keep HTTP Basic
 * credentials and send them with any request to the site, including a form another site's page submits (which may
 * be form-encoded, multipart or text, or have no body at all), so without this a page elsewhere could act for a
 * signed-in user (cross-site request forgery, OWASP ASVS 4.0.3 V4.2.2; the Fetch Metadata and Origin checks of the
 * OWASP CSRF Prevention Cheat Sheet). A request is refused (403) when its {@code Sec-Fetch-Site} is {@code cross-site}
 * or {@code same-site}, or its {@code Origin} is not Highroad's own (nor one of {@code highroad.security.trusted-origins}).
 * Clients that are not browsers (curl, agency systems) send neither header and are not affected; reading (GET, HEAD,
 * OPTIONS) is not affected either, since another site cannot read the answer.
 */
final class CrossSiteRequestGuard extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> FOREIGN_FETCH_SITES = Set.of("cross-site", "same-site");

    private final Set<String> trustedOrigins;
    private final ProblemResponses problems;

    CrossSiteRequestGuard(Set<String> trustedOrigins, ProblemResponses problems) {
        this.trustedOrigins = trustedOrigins;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromAnotherSite(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "A request from another site's page may not "
                    + "change data here: use Highroad's own pages, or call the API without a browser.");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean fromAnotherSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && FOREIGN_FETCH_SITES.contains(fetchSite.trim().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !trustedOrigins.contains(origin) && !sameOrigin(request);
    }

    /** The Origin names this server's scheme, host and port ("null", sent by sandboxed pages, never does). */
    private static boolean sameOrigin(HttpServletRequest request) {
        try {
            return WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
        } catch (IllegalArgumentException malformedOrigin) {
            return false;
        }
    }
}
