package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Places the premium hours of one worker's week on the day segments (rule 3). */
final class PremiumHours {

    private PremiumHours() {
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rule 3: which hours are premium hours. Weekly: hours over weeklyOvertimeAfterHours in the workweek (CWHSSA,
    // 40 U.S.C. 3702(a)). Daily: hours over dailyOvertimeAfterHours in a day when the contract's standard has it.
    // The count is the larger of the two (no pyramiding: an hour is premium once). Placement: see the WageCheck
    // class comment.
    // ---------------------------------------------------------------------------------------------------------------
    static void place(List<DaySegment> segs, Map<LocalDate, List<DaySegment>> byDate, WagePolicy policy) {
        BigDecimal dailyTotal = BigDecimal.ZERO;
        if (policy.dailyOvertimeAfterHours() != null) {
            for (List<DaySegment> day : byDate.values()) {
                BigDecimal excess = DaySegment.sum(day).subtract(policy.dailyOvertimeAfterHours()).max(BigDecimal.ZERO);
                dailyTotal = dailyTotal.add(excess);
                for (int i = day.size() - 1; i >= 0 && excess.signum() > 0; i--) {
                    BigDecimal take = excess.min(day.get(i).hours);
                    day.get(i).premium = day.get(i).premium.add(take);
                    excess = excess.subtract(take);
                }
            }
        }
        BigDecimal weekly = DaySegment.sum(segs).subtract(policy.weeklyOvertimeAfterHours()).max(BigDecimal.ZERO);
        BigDecimal extra = weekly.subtract(dailyTotal).max(BigDecimal.ZERO);
        for (int i = segs.size() - 1; i >= 0 && extra.signum() > 0; i--) {
            DaySegment s = segs.get(i);
            BigDecimal take = extra.min(s.hours.subtract(s.premium));
            s.premium = s.premium.add(take);
            extra = extra.subtract(take);
        }
        // The payroll's own OT labels on other days pay premium hours placed elsewhere (latest first on both sides):
        // credit for premium actually paid, cf. 29 U.S.C. 207(h)(2).
        List<DaySegment> unpaid = new ArrayList<>();
        List<DaySegment> surplus = new ArrayList<>();
        for (int i = segs.size() - 1; i >= 0; i--) {
            DaySegment s = segs.get(i);
            int c = s.day.overtimeHours().compareTo(s.premium);
            if (c < 0) {
                unpaid.add(s);
            } else if (c > 0) {
                surplus.add(s);
            }
        }
        int u = 0;
        int p = 0;
        while (u < unpaid.size() && p < surplus.size()) {
            DaySegment from = unpaid.get(u);
            DaySegment to = surplus.get(p);
            BigDecimal move = from.premium.subtract(from.day.overtimeHours())
                    .min(to.day.overtimeHours().subtract(to.premium));
            from.premium = from.premium.subtract(move);
            to.premium = to.premium.add(move);
            if (from.day.overtimeHours().compareTo(from.premium) >= 0) {
                u++;
            }
            if (to.day.overtimeHours().compareTo(to.premium) <= 0) {
                p++;
            }
        }
    }
}
