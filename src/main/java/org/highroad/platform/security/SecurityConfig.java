package org.highroad.platform.security;

import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three kinds of traffic. {@code /api/**} and {@code /engine-rest/**}: stateless HTTP Basic, every endpoint names
 * its roles with {@code @PreAuthorize} (the engine REST API is for administrators only); a browser's request from
 * another site may not change data ({@link CrossSiteRequestGuard}), and failed sign-ins slow their client down
 * ({@link SignInThrottle}). {@code /operaton/**}: the webapps, which authenticate against the same identity service
 * with their own session and CSRF protection, their sign-in form slowed down the same way. The management endpoints
 * (Actuator, on the application's port or on {@code management.server.port}): health and its liveness and readiness
 * groups answer anyone with a status only (load balancers and container health checks), everything else (metrics,
 * the Prometheus scrape, details of health) is for administrators, stateless HTTP Basic as the API. The pages for
 * people (the home page, the sign-in, {@code /portal/**}, {@code /staff/**}) have their own chain, {@link PageSecurity}:
 * form sign-in, a session cookie and CSRF tokens. Anything else is closed unless listed here.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http, ProblemResponses problems,
            @Value("${highroad.security.trusted-origins:}") Set<String> trustedOrigins) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CrossSiteRequestGuard(trustedOrigins, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems,
            @Value("${highroad.security.trusted-origins:}") Set<String> trustedOrigins) throws Exception {
        // Path patterns, not MVC matchers: the engine REST API is a Jersey servlet outside Spring MVC.
        RequestMatcher engineRest = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"), engineRest))
                // no cookies or sessions; the Basic credentials a browser keeps are guarded by origin instead
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new CrossSiteRequestGuard(trustedOrigins, problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(engineRest).hasRole(Role.ADMIN.name())
                        // no login under /api/public (worker complaints); each endpoint still says permitAll() itself
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/api/public/**")).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, ProblemResponses problems, SignInThrottle throttle)
            throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/operaton/**"))
                .addFilterBefore(new WebappSignInThrottle(throttle, problems), CsrfFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/index.html", "/operaton/**", "/public/**", "/webjars/**", "/error",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
