package org.highroad.subsidies;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an employer asks for: the position, its pay and conditions, the training, the hires, and its attestations.
 * A draft may leave anything out; submitting requires every field marked in {@link #missing()}.
 *
 * @param operatingSince   the day the employer began operating (for the program's minimum days in operation)
 * @param wageProgression  the employer's wage-progression commitment, asked for when the wage is below the living wage
 */
public record RequestContent(
        @Size(max = 200) String position,
        @Size(max = 200) String classification,
        @Size(max = 100) String sector,
        @Size(max = 100) String county,
        @DecimalMin(value = "0.01", message = "must be above 0") @Digits(integer = 6, fraction = 2) BigDecimal hourlyWage,
        @DecimalMin(value = "1", message = "must be at least 1 hour") @DecimalMax(value = "80", message = "must be at most 80 hours")
        @Digits(integer = 2, fraction = 2) BigDecimal hoursPerWeek,
        @Min(value = 1, message = "must be at least 1") @Max(value = 500, message = "must be at most 500") Integer hires,
        @Min(value = 1, message = "must be at least 1 hour") @Max(value = 4000, message = "must be at most 4000 hours") Integer trainingHours,
        LocalDate startDate,
        LocalDate operatingSince,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2) BigDecimal healthPremiumShare,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "366", message = "must be at most 366")
        @Digits(integer = 3, fraction = 2) BigDecimal paidLeaveDays,
        @DecimalMin(value = "0", message = "must not be negative") @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2) BigDecimal retirementPercent,
        @Min(value = 0, message = "must not be negative") @Max(value = 365, message = "must be at most 365") Integer scheduleNoticeDays,
        Boolean workerCommittee,
        @Size(max = 2000) String advancementPath,
        @Size(max = 4000) String trainingPlan,
        @Size(max = 10) List<@NotNull Attestation> attestations,
        @Size(max = 2000) String wageProgression) {

    public RequestContent {
        attestations = attestations == null ? List.of() : List.copyOf(attestations);
    }

    /** The fields a submission must have, by name, in the order of the form. */
    public List<String> missing() {
        java.util.List<String> absent = new java.util.ArrayList<>();
        check(absent, "position", blank(position));
        check(absent, "classification", blank(classification));
        check(absent, "sector", blank(sector));
        check(absent, "county", blank(county));
        check(absent, "hourlyWage", hourlyWage == null);
        check(absent, "hoursPerWeek", hoursPerWeek == null);
        check(absent, "hires", hires == null);
        check(absent, "trainingHours", trainingHours == null);
        check(absent, "startDate", startDate == null);
        check(absent, "operatingSince", operatingSince == null);
        check(absent, "trainingPlan", blank(trainingPlan));
        return absent;
    }

    private static void check(List<String> absent, String field, boolean missing) {
        if (missing) {
            absent.add(field);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
