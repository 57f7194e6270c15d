package org.highroad.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.payroll.PayrollCompliance;
import org.highroad.platform.paging.PageParams;
import org.highroad.platform.paging.PageView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.vendors.VendorUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reporting scan: for every contract's reporting calendar, as payroll reads it today
 * ({@link PayrollCompliance#periods}), a period not yet received and due within {@link #DUE_SOON_DAYS} days is told to
 * the users of the vendor that owes it, and a period past its due date and still missing is told as late. A payroll is
 * due on the calendar day the contract's reporting terms set (29 CFR 5.5(a)(3)(ii)(A); REPORTING clause: the days
 * after the period ends), and late from the day after, as payroll counts it. Each reminder once per period and user
 * (the dedup key), so the next scan tells nothing again. Late periods are told only when their due date passed within
 * {@code highroad.notifications.late-within} (default 14 days), so a first scan does not announce the distant past.
 */
@Component
class ReportingReminders {

    /** "A period due in 2 days" (issue 13): told when its due date is today or within the next two days. */
    static final int DUE_SOON_DAYS = 2;

    private final Contracts contracts;
    private final PayrollCompliance payroll;
    private final VendorUsers vendorUsers;
    private final Notifications notifications;
    private final Clock clock;
    private final Period lateWithin;

    ReportingReminders(Contracts contracts, PayrollCompliance payroll, VendorUsers vendorUsers, Notifications notifications,
            Clock clock, @Value("${highroad.notifications.late-within:P14D}") Period lateWithin) {
        this.contracts = contracts;
        this.payroll = payroll;
        this.vendorUsers = vendorUsers;
        this.notifications = notifications;
        this.clock = clock;
        this.lateWithin = lateWithin;
    }

    /** One scan; returns how many reminders were recorded now. */
    int scan() {
        HighroadUser reader = HighroadUser.workflowAs(Role.AUDITOR);
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        // every contract, a page at a time, oldest first so that contracts drafted meanwhile only add pages
        PageView<ContractView> page;
        int number = 0;
        do {
            page = contracts.list(reader, new PageParams(String.valueOf(number++), "200", "id,asc"));
            for (ContractView contract : page.items()) {
                for (PayrollCompliance.Week week : payroll.periods(contract.id(), reader)) {
                    told += remind(contract.id(), week, today);
                }
            }
        } while (number < page.totalPages());
        return told;
    }

    private int remind(long contractId, PayrollCompliance.Week week, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, week.dueOn());
        String period = contractId + ":" + week.vendorId() + ":" + week.weekEnding();
        if ("NOT_DUE".equals(week.state()) && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS) {
            return notifications.notify(NoticeKind.PERIOD_DUE_SOON, "period-due:" + period,
                    vendorUsers.usersOf(week.vendorId()), ContractorNotices.calendar(contractId),
                    ContractorNotices.contract(contracts, contractId), week.weekEnding(), week.dueOn());
        }
        if ("MISSING".equals(week.state()) && !week.dueOn().isBefore(today.minus(lateWithin))) {
            return notifications.notify(NoticeKind.PERIOD_LATE, "period-late:" + period,
                    vendorUsers.usersOf(week.vendorId()), ContractorNotices.calendar(contractId),
                    ContractorNotices.contract(contracts, contractId), week.weekEnding(), week.dueOn());
        }
        return 0;
    }
}
