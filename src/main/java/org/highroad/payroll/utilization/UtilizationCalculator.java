package org.highroad.payroll.utilization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.highroad.contracts.WorkforceRule;
import org.highroad.payroll.utilization.Utilization.ShareLine;

/**
 * Workforce utilization for certified payroll, measured on the contract's Schedule B commitments: cumulative shares of hours worked to date by local
 * residents, people of color, women and apprentices, measured as each {@link WorkforceRule} says. Pure arithmetic: no
 * clock, no I/O, no framework.
 *
 * <p>Conventions:
 * <ul>
 * <li>The unit is the hour, never the head: a worker's hours count in the trade where they were worked and once in
 * the project-wide line, so a worker in two trades cannot be double counted (LCPtracker counts heads per location
 * category but the project total once, domain reference 1.1; BRJP and SF ch. 82 measure work hours, 1.6 and 1.8).</li>
 * <li>Membership unknown (no residence in force on the day, race or gender not self-reported, no profile) is not
 * membership: those hours count in the total but not in the group, and are reported as {@code unreportedHours}.</li>
 * <li>Sums are exact; outputs are rounded to 2 decimals HALF_UP. {@code met} is decided in hours at that precision:
 * {@code met ⇔ hoursInGroup ≥ requiredHours ⇔ shortfallHours = 0}, so a line never reads "not met" with a shortfall
 * of 0.00. The share percent is display-rounded: on a large total it can read 51.00 on a line still a few hours
 * short.</li>
 * <li>With no hours in a group nothing is required: share 0.00, requiredHours 0.00, shortfall 0.00, met.</li>
 * <li>Per-trade lines exist for the trades that have hours to date; per-level lines exist for both levels of each of
 * those trades (a level without hours gives a met line with 0 hours).</li>
 * </ul>
 */
public final class UtilizationCalculator {

    static final String LOCAL_RESIDENTS = "LOCAL_RESIDENTS";
    static final String PEOPLE_OF_COLOR = "PEOPLE_OF_COLOR";
    static final String WOMEN = "WOMEN";
    static final String APPRENTICES = "APPRENTICES";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private enum Membership { IN, OUT, UNREPORTED }

    /**
     * @param hours   every day's hours on the contract (days after {@code asOf} are ignored)
     * @param workers profiles by worker reference; a worker without a profile counts in totals only, as unreported
     * @param rules   the contract's workforce commitments in force
     * @param asOf    last day counted (inclusive): shares are cumulative from the first payroll to this day
     */
    public Utilization compute(List<HoursWorked> hours, Map<String, WorkerProfile> workers, List<WorkforceRule> rules,
            LocalDate asOf) {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(workers, "workers");
        Accumulator shares = start(rules, asOf);
        for (HoursWorked h : hours) {
            shares.add(h, workers.get(h.workerRef()));
        }
        return shares.finish();
    }

    /**
     * The same computation one hour record at a time, for callers that stream hours (a large payroll history is never
     * held in memory: only a tally per rule and line).
     */
    public Accumulator start(List<WorkforceRule> rules, LocalDate asOf) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(asOf, "asOf");
        return new Accumulator(rules.stream().map(RuleTally::new).toList(), asOf);
    }

    /** Tallies hours as they come; {@link #finish()} gives the lines. */
    public static final class Accumulator {
        private final List<RuleTally> rules;
        private final LocalDate asOf;

        private Accumulator(List<RuleTally> rules, LocalDate asOf) {
            this.rules = rules;
            this.asOf = asOf;
        }

        /** Counts one day's hours of a worker ({@code worker} null: no profile, counted as unreported). */
        public void add(HoursWorked h, WorkerProfile worker) {
            if (h.day().isAfter(asOf)) {
                return;
            }
            for (RuleTally rule : rules) {
                rule.add(h, worker);
            }
        }

        public Utilization finish() {
            List<ShareLine> lines = new ArrayList<>();
            rules.forEach(r -> lines.addAll(r.lines()));
            return new Utilization(asOf, lines);
        }
    }

    /** One rule's tallies: the project-wide line and, as the rule measures, a line per trade and per level. */
    private static final class RuleTally {
        private final WorkforceRule rule;
        private final String category;
        private final BigDecimal required;
        private final boolean perTrade;
        private final boolean perLevel;
        private final Map<Key, Tally> tallies = new HashMap<>();
        private final TreeSet<String> trades = new TreeSet<>();

        RuleTally(WorkforceRule rule) {
            this.rule = rule;
            this.category = requireKnownCategory(rule.category());
            this.required = Objects.requireNonNull(rule.committedPercent(),
                    () -> "workforce rule " + category + " has no committed percent");
            // Rule 2 (BRJP, domain reference 1.6: "51% of journey hours and 51% of apprentice hours in each trade"; SF
            // ch. 82, 1.8: "per trade"): perTrade gives a line per trade, journeyAndApprenticeSeparately a line per
            // level. The apprentice share is a share of all hours by level, so splitting it by level would make no sense.
            this.perTrade = rule.perTrade();
            this.perLevel = rule.journeyAndApprenticeSeparately() && !APPRENTICES.equals(category);
        }

        void add(HoursWorked h, WorkerProfile worker) {
            trades.add(h.trade());
            Membership m = membership(category, h, worker);
            Key project = new Key(null, null);
            tallies.computeIfAbsent(project, k -> new Tally()).add(m, h.hours());
            Key key = new Key(perTrade ? h.trade() : null, perLevel ? h.level() : null);
            if (!key.equals(project)) {
                tallies.computeIfAbsent(key, k -> new Tally()).add(m, h.hours());
            }
        }

        /** Lines in a stable order: project-wide, then trades alphabetically, journeyworkers before apprentices. */
        List<ShareLine> lines() {
            Key project = new Key(null, null);
            List<Key> keys = new ArrayList<>(List.of(project));
            if (perLevel) {
                for (String trade : perTrade ? trades : Collections.<String>singleton(null)) {
                    for (Level level : Level.values()) {
                        keys.add(new Key(trade, level));
                    }
                }
            } else if (perTrade) {
                trades.forEach(trade -> keys.add(new Key(trade, null)));
            }
            // The project-wide line decides compliance only for a rule measured on the whole project; otherwise it is
            // context (rule 4: every hour counts once there, whatever trade it was worked in).
            boolean projectBinding = !perTrade && !perLevel;
            List<ShareLine> lines = new ArrayList<>();
            for (Key key : keys) {
                lines.add(tallies.getOrDefault(key, new Tally()).line(category, key, required,
                        key.equals(project) ? projectBinding : true, rule.citation()));
            }
            return lines;
        }
    }

    private static String requireKnownCategory(String category) {
        if (LOCAL_RESIDENTS.equals(category) || PEOPLE_OF_COLOR.equals(category) || WOMEN.equals(category)
                || APPRENTICES.equals(category)) {
            return category;
        }
        // A commitment the calculator cannot measure must not silently disappear from the report.
        throw new IllegalArgumentException("unknown workforce category: " + category);
    }

    private static Membership membership(String category, HoursWorked h, WorkerProfile worker) {
        return switch (category) {
            // Rule 1 (LCPtracker address history, domain reference 1.1): residency is decided for each day worked by
            // the residence in force that day, so a move in mid-week splits the week's hours.
            case LOCAL_RESIDENTS -> worker == null ? Membership.UNREPORTED
                    : worker.residenceOn(h.day()).map(r -> r.resident() ? Membership.IN : Membership.OUT)
                            .orElse(Membership.UNREPORTED);
            // Rule 3 (SF ch. 82 recordkeeping, 1.8; BRJP 40% people of color and 12% women, 1.6): self-identified;
            // not reported is not in the group, and is shown as unreported hours.
            case PEOPLE_OF_COLOR -> flag(worker == null ? null : worker.personOfColor());
            case WOMEN -> flag(worker == null ? null : worker.woman());
            // LA Metro PLA 20% apprentices (1.7): the share of hours worked at the apprentice level.
            case APPRENTICES -> h.level() == Level.APPRENTICE ? Membership.IN : Membership.OUT;
            default -> throw new IllegalStateException(category);
        };
    }

    private static Membership flag(Boolean selfIdentified) {
        return selfIdentified == null ? Membership.UNREPORTED
                : selfIdentified ? Membership.IN : Membership.OUT;
    }

    private record Key(String trade, Level level) {
    }

    private static final class Tally {
        private BigDecimal in = BigDecimal.ZERO;
        private BigDecimal unreported = BigDecimal.ZERO;
        private BigDecimal total = BigDecimal.ZERO;

        void add(Membership m, BigDecimal hours) {
            total = total.add(hours);
            if (m == Membership.IN) {
                in = in.add(hours);
            } else if (m == Membership.UNREPORTED) {
                unreported = unreported.add(hours);
            }
        }

        ShareLine line(String category, Key key, BigDecimal requiredPercent, boolean binding, String citation) {
            BigDecimal inGroup = round(in);
            BigDecimal share = total.signum() == 0 ? round(BigDecimal.ZERO)
                    : in.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
            // Rule 5 (contract WORKFORCE clause, Schedule B): shortfall in hours = required − actual, never negative; with no hours
            // nothing is required, so an empty group is met.
            BigDecimal requiredHours = round(total.multiply(requiredPercent).divide(HUNDRED));
            BigDecimal shortfall = requiredHours.subtract(inGroup).max(BigDecimal.ZERO).setScale(2);
            return new ShareLine(category, key.trade(), key.level(), inGroup, round(unreported), round(total), share,
                    requiredPercent, requiredHours, shortfall, shortfall.signum() == 0, binding, citation);
        }
    }

    private static BigDecimal round(BigDecimal hours) {
        return hours.setScale(2, RoundingMode.HALF_UP);
    }
}
