package org.highroad.notifications;

import java.time.Instant;

/**
 * A message as its recipient reads it on the portal's home.
 *
 * @param link   the page it concerns, a path on Highroad (e.g. {@code /portal/cases/12})
 * @param sentAt when the mail went out; {@code null} while not sent (no mail server, no address, or a retry pending)
 */
public record NotificationView(long id, NoticeKind kind, String subject, String body, String link, Instant createdAt,
        Instant sentAt) {
}
