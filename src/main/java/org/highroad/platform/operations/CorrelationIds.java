package org.highroad.platform.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A correlation id on every request: the caller's {@code X-Request-Id} when it is a plain token (a reverse proxy's or
 * a client's, 8 to 64 letters, digits, dots, dashes or underscores, so nothing a caller sends can forge a log line),
 * otherwise a new one. It is put in the logging context ({@value #MDC_KEY}) for every line the request writes,
 * including its error dispatch, and answered in the same header so that a user reporting a problem can quote it.
 * Jobs and scheduled work get theirs from {@link CorrelatedTasks}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIds extends OncePerRequestFilter {

    public static final String MDC_KEY = "correlationId";
    public static final String HEADER = "X-Request-Id";
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /** A new correlation id: 16 hexadecimal digits, with a prefix saying what started the work ("" for a request). */
    public static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = response.getHeader(HEADER);           // an error dispatch keeps the request's id
        if (id == null) {
            String given = request.getHeader(HEADER);
            id = given != null && PLAIN_TOKEN.matcher(given).matches() ? given : newId("");
            response.setHeader(HEADER, id);
        }
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
