package org.highroad.notifications.web;

import java.util.List;
import org.highroad.notifications.NotificationView;
import org.highroad.notifications.Notifications;
import org.highroad.platform.security.HighroadUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own messages, newest first: whoever asks reads only what was addressed to them. */
@RestController
class NotificationsController {

    private static final String ANYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The language the caller's messages are written in from now on ({@code en} or {@code es}). */
    record LanguageChoice(String language) {
    }

    @PutMapping("/api/notifications/language")
    @PreAuthorize(ANYONE)
    LanguageChoice chooseLanguage(@RequestBody LanguageChoice choice, @AuthenticationPrincipal HighroadUser user) {
        return new LanguageChoice(notifications.chooseLanguage(user, choice.language()));
    }

    @GetMapping("/api/notifications")
    @PreAuthorize(ANYONE)
    List<NotificationView> recent(@RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal HighroadUser user,
            java.util.Locale language) {
        return notifications.recentFor(user, limit, language); // English, as every answer of the API (PageLocale)
    }
}
