package org.highroad.notifications.web;

import java.util.List;
import org.highroad.notifications.NotificationView;
import org.highroad.notifications.Notifications;
import org.highroad.platform.security.HighroadUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own messages, newest first: whoever asks reads only what was addressed to them. */
@RestController
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    @PreAuthorize("hasAnyRole('ADMIN', 'PROCUREMENT_OFFICER', 'AUDITOR', 'WORKFORCE_STAFF', 'CONTRACTOR')")
    List<NotificationView> recent(@RequestParam(defaultValue = "20") int limit, @AuthenticationPrincipal HighroadUser user) {
        return notifications.recentFor(user, limit);
    }
}
