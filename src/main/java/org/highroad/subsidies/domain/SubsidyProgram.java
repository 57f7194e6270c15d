package org.highroad.subsidies.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.highroad.subsidies.Attestation;
import org.highroad.subsidies.ProgramTerms;
import org.highroad.subsidies.ProgramView;

/**
 * A wage-subsidy program: its pinned standard version and its terms. Its terms never change once created (the
 * requests are decided on them); the budget's reserved total is written only by {@link Budgets}, in SQL.
 */
@Entity
@Table(name = "subsidy_program")
public class SubsidyProgram {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Column(name = "standard_code")
    private String standardCode;
    @Column(name = "standard_version")
    private int standardVersion;
    @Column(name = "share_percent")
    private BigDecimal sharePercent;
    @Column(name = "max_training_hours")
    private int maxTrainingHours;
    @Column(name = "min_hours_per_week")
    private BigDecimal minHoursPerWeek;
    @Column(name = "minimum_wage")
    private BigDecimal minimumWage;
    @Column(name = "living_wage")
    private BigDecimal livingWage;
    @Column(name = "min_days_operating")
    private int minDaysOperating;
    @Column(name = "cap_per_hire")
    private BigDecimal capPerHire;
    private BigDecimal budget;
    @Column(name = "auto_approval_ceiling")
    private BigDecimal autoApprovalCeiling;
    @Column(name = "quality_threshold")
    private BigDecimal qualityThreshold;
    @Column(name = "quality_goal_percent")
    private BigDecimal qualityGoalPercent;
    private String attestations;
    @Column(name = "reserved_total", insertable = false, updatable = false)
    private BigDecimal reservedTotal;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SubsidyProgram() {
    }

    public SubsidyProgram(String code, String name, String standardCode, int standardVersion, ProgramTerms t, String by,
            Instant at) {
        this.code = code;
        this.name = name;
        this.standardCode = standardCode;
        this.standardVersion = standardVersion;
        this.sharePercent = t.sharePercent();
        this.maxTrainingHours = t.maxTrainingHours();
        this.minHoursPerWeek = t.minHoursPerWeek();
        this.minimumWage = t.minimumWage();
        this.livingWage = t.livingWage();
        this.minDaysOperating = t.minDaysOperating();
        this.capPerHire = t.capPerHire();
        this.budget = t.budget();
        this.autoApprovalCeiling = t.autoApprovalCeiling();
        this.qualityThreshold = t.qualityThreshold();
        this.qualityGoalPercent = t.qualityGoalPercent();
        this.attestations = t.attestations().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.reservedTotal = BigDecimal.ZERO;
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String standardCode() {
        return standardCode;
    }

    public int standardVersion() {
        return standardVersion;
    }

    public ProgramTerms terms() {
        List<Attestation> required = attestations.isBlank() ? List.of()
                : Arrays.stream(attestations.split(",")).map(Attestation::valueOf).toList();
        return new ProgramTerms(sharePercent, maxTrainingHours, minHoursPerWeek, minimumWage, livingWage, minDaysOperating,
                capPerHire, budget, autoApprovalCeiling, qualityThreshold, qualityGoalPercent, required);
    }

    public ProgramView toView(BigDecimal reserved) {
        return new ProgramView(id, code, name, standardCode, standardVersion, terms(), reserved, budget.subtract(reserved),
                createdBy, createdAt);
    }
}
