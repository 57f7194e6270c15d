package org.highroad.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' sign-in form (Tasklist, Cockpit, Admin) checks passwords with the same identity service as the API, so
 * it is slowed down by the same {@link SignInThrottle}: the client waits (429) before its password is checked, the
 * webapp's own answer tells a failure (401) from a success (200). The form is read here and handed on unchanged.
 * <p>
 * A browser whose password is checked gets a device cookie (OWASP "Slow Down Online Guessing Attacks with Device
 * Cookies"): a random id, sent back only to this form, by which the accounts it signed in to trust it wherever it
 * connects from. The id itself is the secret (256 random bits, like a session id); the database keeps only its keyed
 * hash, with the account that trusts it.
 */
final class WebappSignInThrottle extends OncePerRequestFilter {

    /** A sign-in form is a user name and a password; anything longer is not one. */
    static final int MAX_FORM_BYTES = 8192;

    static final String DEVICE_COOKIE = "highroad_device";
    private static final String COOKIE_PATH = "/operaton/api/admin/auth/user/";
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestMatcher signIn = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/operaton/api/admin/auth/user/*/login/*");
    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    WebappSignInThrottle(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signIn.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
        if (form.length > MAX_FORM_BYTES) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "A sign-in form is at most "
                    + MAX_FORM_BYTES + " bytes.");
            return;
        }
        String account;
        try {
            account = field(form, "username");
        } catch (IllegalArgumentException badEncoding) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "The sign-in form is not URL-encoded form data.");
            return;
        }
        String device = device(request);
        SignInClient client = new SignInClient(request.getRemoteAddr(), device);
        Optional<Duration> wait = throttle.waitBefore(client, account);
        if (wait.isPresent()) {
            problems.tooManySignIns(request, response, new SignInDelayed(wait.get()).retryAfterSeconds());
            return;
        }
        if (device == null) {
            client = new SignInClient(request.getRemoteAddr(), newDevice());
        }
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(DEVICE_COOKIE, client.device()).path(COOKIE_PATH)
                .httpOnly(true).secure(request.isSecure()).sameSite("Strict").maxAge(throttle.trustFor()).build().toString());
        chain.doFilter(new ReadAgain(request, form), response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.failed(client, account);
        } else if (response.getStatus() == HttpStatus.OK.value()) {
            throttle.succeeded(client, account);
        }
    }

    /** The device id of the browser's device cookie, null if it has none (or not one of ours). */
    private static String device(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(DEVICE_COOKIE) && DEVICE_ID.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static String newDevice() {
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    /**
     * A field of a URL-encoded form, empty when absent; IllegalArgumentException when any part of the form is badly
     * encoded (the whole form is checked, as the webapp decodes all of it).
     */
    static String field(byte[] form, String name) {
        String value = "";
        for (String pair : new String(form, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String decoded = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (key.equals(name) && value.isEmpty()) {
                value = decoded;
            }
        }
        return value;
    }

    /** The request with its body, already read here, readable again by the webapp. */
    private static final class ReadAgain extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the sign-in form is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
