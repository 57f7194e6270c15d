package org.highroad.notifications;

/** What a notification is about; each has its subject and body in the bundles {@code notifications/messages*}. */
public enum NoticeKind {
    /** A reporting period's certified payroll is due within two days and has not been received. */
    PERIOD_DUE_SOON,
    /** A reporting period's certified payroll is past its due date and has not been received. */
    PERIOD_LATE,
    /** A payroll was rejected with errors; nothing of it was recorded. */
    PAYROLL_REJECTED,
    /** A payroll was accepted and its checks found issues. */
    PAYROLL_FLAGGED,
    /** A notice of non-compliance was issued, with its cure date. */
    CASE_NOTICE,
    /** A notice of subsidy recovery was issued (a case about a wage-subsidy agreement), with its repay-by date. */
    SUBSIDY_RECOVERY_NOTICE,
    /** A subsidy request was returned for revision. */
    SUBSIDY_RETURNED,
    /** A subsidy request was approved: its agreement waits for the employer's acceptance. */
    SUBSIDY_AGREEMENT,
    /** The auditor verified the contractor's responses to a case and found it not cured: the cure date still runs. */
    CASE_NOT_CURED,
    /** A verification cured the findings the notices named; findings that joined the case since are reviewed apart. */
    CASE_CURED_AS_NOTICED,
    /** A verification refused payments the contractor reported: they do not count as paid; the case page says why. */
    PAYMENTS_REFUSED,
    /** Agency staff: a new task for one of their groups. */
    NEW_TASK
}
