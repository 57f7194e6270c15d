package org.highroad.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Multipart bodies (payroll uploads) are parsed only for a signed-in caller. Spring MVC parses a multipart body
 * before it even looks for the endpoint, writing the parts to disk; no endpoint open to anonymous callers takes
 * multipart, so an anonymous one is left unread and refused by the endpoint (415), and the public complaint endpoint's
 * limits run before anything of it is read.
 */
@Configuration
class SignedInMultipart {

    @Bean(name = "multipartResolver")
    MultipartResolver multipartResolver() {
        return new StandardServletMultipartResolver() {
            private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

            @Override
            public boolean isMultipart(HttpServletRequest request) {
                Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                return super.isMultipart(request) && trust.isAuthenticated(caller);
            }
        };
    }
}
