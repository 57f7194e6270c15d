package org.highroad.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.highroad.notifications.Notifications;
import org.highroad.platform.security.HighroadUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lists the signed-in contractor's newest messages on the portal's home page, as the notifications module records them
 * (the page belongs to contracts, which does not depend on notifications; this adds the list to its model), written
 * in the page's language.
 */
@Component
class PortalMessages implements HandlerInterceptor, WebMvcConfigurer {

    static final int SHOWN = 10;

    private final Notifications notifications;

    PortalMessages(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/portal/");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (view != null && !view.wasCleared() && signedIn != null && signedIn.getPrincipal() instanceof HighroadUser user) {
            // in the page's language (?lang=es, the cookie, the browser's), whatever language the mails go out in
            view.addObject("notifications", notifications.recentFor(user, SHOWN, RequestContextUtils.getLocale(request)));
        }
    }
}
