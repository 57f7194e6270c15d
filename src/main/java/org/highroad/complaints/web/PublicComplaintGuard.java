package org.highroad.complaints.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.platform.validation.Violation;
import org.highroad.platform.security.RateCounters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Guards the public complaint endpoint before anything is read: at most {@code per-minute} and {@code per-day}
 * complaints per client (its address; for IPv6 its /64 network, which one household or link holds), at most
 * {@code everyone-per-minute} complaints filed by everyone together (429 with a true Retry-After), and a body declared
 * far over the size limit is refused at once (413), unread. The counts are in the shared database, so they hold
 * across nodes ({@link RateLimiter}); the address is kept there only as a keyed hash, deleted when its window ends,
 * and never stored with the complaint: a worker who stays anonymous leaves no trace of where they wrote from (29 CFR
 * 5.6(a)(5)).
 * <p>
 * It runs once Spring MVC has chosen the handler, on every handler marked {@link PublicIntake}: the limit follows the
 * endpoint, however the path was spelled to reach it, rather than a comparison with the raw request URI.
 */
@Component
class PublicComplaintGuard implements HandlerInterceptor, WebMvcConfigurer {

    static final String PATH = "/api/public/complaints";
    /**
     * A body declared larger than this is refused without reading a byte of it. Smaller ones over the limit are read up
     * to the limit (to name the field they were cut in) and the rest is discarded unbuffered, so that the client reads
     * a clean answer rather than a reset connection.
     */
    static final long REFUSE_UNREAD_OVER = 2L * 1024 * 1024;

    private final RateLimiter limiter;
    private final int perMinute;
    private final int perDay;
    private final long maxBodyBytes;
    private final ObjectMapper json;
    private final RateCounters counters;

    PublicComplaintGuard(@Value("${highroad.complaints.rate-limit.per-minute:5}") int perMinute,
            @Value("${highroad.complaints.rate-limit.per-day:50}") int perDay,
            @Value("${highroad.complaints.rate-limit.everyone-per-minute:600}") int everyonePerMinute,
            @Value("${highroad.complaints.max-body-bytes:65536}") long maxBodyBytes, Clock clock, ObjectMapper json,
            RateCounters counters) {
        this.limiter = new RateLimiter(counters, perMinute, perDay, everyonePerMinute, clock);
        this.counters = counters;
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!isIntake(handler)) {
            return true;
        }
        Optional<RateLimiter.Refusal> refusal = limiter.acquire(client(request.getRemoteAddr()));
        if (refusal.isPresent()) {
            long seconds = Math.max(1, (refusal.get().retryAfter().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, refusal.get().everyone()
                    ? "Highroad is receiving more complaints than it can take in right now; try again in " + seconds
                            + " seconds."
                    : "Too many complaints from your address: at most " + perMinute + " a minute and " + perDay
                            + " a day. Try again in " + seconds + " seconds.", null);
            return false;
        }
        if (request.getContentLengthLong() > Math.max(maxBodyBytes, REFUSE_UNREAD_OVER)) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The complaint is too large.",
                    Map.of("field", "body", "reason", "is larger than " + maxBodyBytes + " bytes"));
            return false;
        }
        return true;
    }

    /** A complaint filed counts towards the ceiling on everyone. */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (isIntake(handler) && response.getStatus() == HttpStatus.CREATED.value()) {
            limiter.filed();
        }
    }

    private static boolean isIntake(Object handler) {
        return handler instanceof HandlerMethod method && method.hasMethodAnnotation(PublicIntake.class);
    }

    /** The client's network as a keyed hash of its own purpose, matching none the sign-in throttle stores. */
    private String client(String address) {
        return counters.clientKey("complaint-client", address);
    }

    /** Whether the complaint comes from the page's form (form-encoded), not from the API's JSON. */
    private static boolean form(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
            Map<String, String> error) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        if (error != null) {
            problem.setProperty("errors", List.of(error));
        }
        if (status == HttpStatus.TOO_MANY_REQUESTS && form(request)) {
            // the page's own form: the form again with the worker's answers (and its token, so that sending it again
            // later is the same complaint) and the wait in the worker's language, as for 413 and 422
            Map<String, String[]> answers = request.getParameterMap();
            ComplaintPage page = ComplaintPage.in(ComplaintPage.value(answers, ComplaintPage.PAGE));
            response.setStatus(status.value());
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.setHeader("Content-Security-Policy", ComplaintPage.POLICY);
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(page.form(answers, List.of(new Violation(null, detail)))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        // No "Connection: close" here: for a 413 (and 429 keeps the connection) Tomcat itself closes the connection
        // without draining the unread body, which it would otherwise try to swallow before answering.
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
