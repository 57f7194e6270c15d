package org.highroad.platform.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against the engine's identity service: the password is checked against its salted hash there, the
 * user's groups become roles, and a contractor's vendor is looked up once per request. A client that must wait after
 * failed sign-ins ({@link SignInThrottle}) is refused before its password is checked.
 */
@Component
class EngineAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory directory;
    private final VendorAffiliation affiliation;
    private final SignInThrottle throttle;

    EngineAuthenticationProvider(UserDirectory directory, VendorAffiliation affiliation, SignInThrottle throttle) {
        this.directory = directory;
        this.affiliation = affiliation;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        SignInClient client = SignInClient.at(address(authentication));
        Optional<Duration> wait = throttle.waitBefore(client, userId);
        if (wait.isPresent()) {
            throw new SignInDelayed(wait.get());
        }
        Object credentials = authentication.getCredentials();
        if (credentials == null || !directory.checkPassword(userId, credentials.toString())) {
            throttle.failed(client, userId);
            throw new BadCredentialsException("unknown user or wrong password");
        }
        throttle.succeeded(client, userId);
        Set<Role> roles = directory.groupIds(userId).stream().map(Role::ofGroup).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Long vendorId = roles.contains(Role.CONTRACTOR) ? affiliation.vendorOf(userId).orElse(null) : null;
        HighroadUser user = new HighroadUser(userId, roles, vendorId);
        var authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /** The client's address, as HTTP Basic records it with the sign-in. */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
