package org.highroad.procurement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.highroad.standards.scoring.Criterion;

/**
 * Body of {@code POST /api/solicitations} and {@code PUT /api/solicitations/{id}} (draft only). The rubric defaults
 * to the standard version's and may be adjusted while the solicitation is a draft.
 */
public record SolicitationDraft(
        @NotBlank @Size(max = 40) String agencyCode,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull Category category,
        @Size(max = 200) String region,
        @NotNull @DecimalMin(value = "0.01", message = "must be a positive amount")
        @DecimalMax(value = "99999999999999.99", message = "is too large") @Digits(integer = 14, fraction = 2)
        BigDecimal estimatedValue,
        @NotBlank @Size(max = 60) String standardCode,
        @NotNull @Min(1) Integer standardVersion,
        @NotNull OffsetDateTime submissionDeadline,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> classifications,
        Boolean requiresPrequalification,
        @Size(max = 100) List<@NotNull Criterion> rubric) {

    /** OCDS mainProcurementCategory. */
    public enum Category { WORKS, SERVICES, GOODS }

    public SolicitationDraft {
        classifications = classifications == null ? List.of() : classifications;
    }
}
