package org.highroad.platform.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against the engine's identity service: the password is checked against its salted hash there, the
 * user's groups become roles, and a contractor's vendor is looked up once per request.
 */
@Component
class EngineAuthenticationProvider implements AuthenticationProvider {

    private final UserDirectory directory;
    private final VendorAffiliation affiliation;

    EngineAuthenticationProvider(UserDirectory directory, VendorAffiliation affiliation) {
        this.directory = directory;
        this.affiliation = affiliation;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null || !directory.checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("unknown user or wrong password");
        }
        Set<Role> roles = directory.groupIds(userId).stream().map(Role::ofGroup).flatMap(java.util.Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        Long vendorId = roles.contains(Role.CONTRACTOR) ? affiliation.vendorOf(userId).orElse(null) : null;
        HighroadUser user = new HighroadUser(userId, roles, vendorId);
        var authorities = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
