package org.highroad.vendors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A labor-law violation on a vendor's record: body of {@code POST /api/vendors/{id}/violations}. */
public record ViolationReport(
        @NotNull Kind kind,
        @NotNull @PastOrPresent LocalDate occurredOn,
        @NotBlank @Size(max = 200) String agency,
        @Size(max = 2000) String description,
        @PastOrPresent LocalDate resolvedOn) {

    /** What was found. Wage theft is resolved when restitution is paid in full. */
    public enum Kind { WAGE_THEFT, SERIOUS_SAFETY_CITATION, MISCLASSIFICATION, OTHER_LABOR_VIOLATION }
}
