package org.highroad.platform.security;

import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages for people: the home page {@code /}, the sign-in, the contractor portal {@code /portal/**} and the staff
 * pages {@code /staff/**}. Form sign-in with a session cookie, checked by the same {@link EngineAuthenticationProvider}
 * as HTTP Basic (the same users, passwords, account locks and {@link SignInThrottle} delays: a client that must wait is
 * sent back to the form with the wait, its password unchecked), and a CSRF token on every form that changes anything
 * (OWASP ASVS 4.0.3 V4.2.2). The API and the webapps keep their own chains ({@link SecurityConfig}). Pages allow only
 * this server's styles and scripts (Content-Security-Policy) and are never framed.
 */
@Configuration
class PageSecurity {

    static final String POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(path.matcher("/"), path.matcher("/sign-in"), path.matcher("/sign-out"),
                        path.matcher("/portal/**"), path.matcher("/staff/**"), path.matcher(FORBIDDEN)))
                .addFilterBefore(new SignedInBeforeMultipart(), CsrfFilter.class)
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false).failureHandler(failure()).permitAll())
                .logout(out -> out.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
                // a page refused (a role without these pages, a form without its token) is answered as a page in the
                // reader's language, forwarded with its 403; the API keeps its problem details (ProblemResponses)
                .exceptionHandling(e -> e.accessDeniedHandler(forbiddenPage()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        // the form with its messages (?error, ?wait=, ?signedOut): formLogin's own permit is for the bare URL
                        .requestMatchers(path.matcher("/"), path.matcher(HttpMethod.GET, "/sign-in"), path.matcher(FORBIDDEN)).permitAll()
                        .requestMatchers(path.matcher("/portal/**")).hasRole(Role.CONTRACTOR.name())
                        .requestMatchers(path.matcher("/staff/**")).hasAnyRole(Role.ADMIN.name(),
                                Role.PROCUREMENT_OFFICER.name(), Role.AUDITOR.name(), Role.WORKFORCE_STAFF.name())
                        .anyRequest().authenticated());
        return http.build();
    }

    /** The page that says a request was refused ({@code platform.web.HomePages}). */
    static final String FORBIDDEN = "/forbidden";

    private static AccessDeniedHandler forbiddenPage() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage(FORBIDDEN);
        return handler;
    }

    /** A wrong password back to the form with a general message; a client that must wait, with how long. */
    private static AuthenticationFailureHandler failure() {
        return (request, response, e) -> response.sendRedirect(request.getContextPath() + (e instanceof SignInDelayed delayed
                ? "/sign-in?wait=" + delayed.retryAfterSeconds() : "/sign-in?error"));
    }

    /**
     * A multipart form (a payroll upload) is read only for a signed-in session: the CSRF check reads the form's token,
     * which would make the servlet container parse (and write to disk) the whole body of anyone's request first. The
     * same rule as {@code platform.web.SignedInMultipart} for the API.
     */
    static final class SignedInBeforeMultipart extends OncePerRequestFilter {
        private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                    && !trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in before sending a file.");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
