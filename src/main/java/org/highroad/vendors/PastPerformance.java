package org.highroad.vendors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A vendor's job-quality record across the agency's contracts over a look-back period, as the inputs of the rubric's
 * past-performance criteria ({@code CriterionKind.PAST_PERFORMANCE}). An input without history (no week reported, no
 * hour worked, no restitution ever owed) has no value: the criterion gives it the standard's neutral share, never a
 * penalty. Each input says how it was counted and which compliance cases are behind it.
 */
public record PastPerformance(long vendorId, LocalDate from, LocalDate to, List<Input> inputs) {

    /** Percent of the weeks due that were reported by their due date (no late-report finding standing). */
    public static final String ON_TIME_REPORTING = org.highroad.standards.scoring.RubricValidator.PAST_ON_TIME_REPORTING;
    /** Confirmed findings per 1,000 hours reported on certified payrolls. */
    public static final String FINDINGS_PER_1000_HOURS = org.highroad.standards.scoring.RubricValidator.PAST_FINDINGS_PER_1000_HOURS;
    /** Percent of the cases owing restitution that were paid in full by the end of their cure period. */
    public static final String RESTITUTION_CURED = org.highroad.standards.scoring.RubricValidator.PAST_RESTITUTION_CURED;
    /** Percent of the weeks reported with no workforce-share shortfall standing. */
    public static final String WORKFORCE_COMMITMENTS_MET = org.highroad.standards.scoring.RubricValidator.PAST_WORKFORCE_COMMITMENTS_MET;

    public PastPerformance {
        inputs = List.copyOf(inputs);
    }

    /** One input: its value (null without history), how it was counted, and the cases behind it. */
    public record Input(String metric, BigDecimal value, String basis, List<Long> caseIds) {

        public Input {
            caseIds = List.copyOf(caseIds);
        }
    }

    /** The inputs with history, keyed by metric, as rubric answers. */
    public Map<String, BigDecimal> answers() {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        inputs.stream().filter(i -> i.value() != null).forEach(i -> numbers.put(i.metric(), i.value()));
        return numbers;
    }

    public Input input(String metric) {
        return inputs.stream().filter(i -> i.metric().equals(metric)).findFirst()
                .orElse(new Input(metric, null, "not a past-performance input", List.of()));
    }
}
