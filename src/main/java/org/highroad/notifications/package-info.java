/**
 * Notifications: what a contractor must not miss (a reporting period due in two days or late, a payroll rejected or
 * flagged, a notice of non-compliance with its cure date, a subsidy request returned for revision, an agreement to
 * accept) and agency staff's new tasks, each recorded once per notice and user in the transaction of what it tells,
 * written in the user's language, listed for the user ({@link org.highroad.notifications.Notifications#recentFor},
 * {@code GET /api/notifications}) and mailed after commit when a mail server is configured (ADR 0019).
 *
 * <p>API: {@link org.highroad.notifications.Notifications}, {@link org.highroad.notifications.NotificationView},
 * {@link org.highroad.notifications.NoticeKind}. It listens to payroll's, enforcement's and subsidies' events and to
 * the engine's task creation ({@code process.NewTaskNotices}); no module depends on it.
 */
package org.highroad.notifications;
