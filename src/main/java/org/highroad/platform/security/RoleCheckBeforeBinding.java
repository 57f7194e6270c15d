package org.highroad.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.expression.WebSecurityExpressionRoot;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Evaluates an endpoint's {@code @PreAuthorize} roles before Spring MVC reads and validates the request body, so a
 * caller without the role gets 403 whatever it sent, never a 400 that describes the body. The annotation stays on
 * the method, where method security checks it again.
 */
@Configuration
class RoleCheckBeforeBinding implements HandlerInterceptor, WebMvcConfigurer {

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
        if (rule == null) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        WebSecurityExpressionRoot root = new WebSecurityExpressionRoot(() -> caller, request);
        root.setTrustResolver(trust);
        Expression expression = parser.parseExpression(rule.value());
        Boolean allowed = expression.getValue(new StandardEvaluationContext(root), Boolean.class);
        if (!Boolean.TRUE.equals(allowed)) {
            throw new AccessDeniedException("role check failed for " + method.getShortLogMessage());
        }
        return true;
    }
}
