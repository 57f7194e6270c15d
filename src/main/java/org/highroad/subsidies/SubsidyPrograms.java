package org.highroad.subsidies;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionView;
import org.highroad.standards.WageFloor;
import org.highroad.subsidies.domain.Budgets;
import org.highroad.subsidies.domain.ProgramTermsRules;
import org.highroad.subsidies.domain.SubsidyProgram;
import org.highroad.subsidies.domain.SubsidyProgramRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wage-subsidy programs: created by administrators or workforce staff on an adopted standard version, which they pin
 * (it cannot change while a program decides requests on it); read by everyone signed in, so employers know the terms.
 */
@Service
public class SubsidyPrograms {

    static final String AUDIT_SUBJECT = "subsidy-program";
    static final String USED_BY = "subsidy-program";

    private final SubsidyProgramRepository programs;
    private final StandardCatalog standards;
    private final ProgramPresets presets;
    private final Budgets budgets;
    private final AuditTrail audit;
    private final Clock clock;

    SubsidyPrograms(SubsidyProgramRepository programs, StandardCatalog standards, ProgramPresets presets, Budgets budgets,
            AuditTrail audit, Clock clock) {
        this.programs = programs;
        this.standards = standards;
        this.presets = presets;
        this.budgets = budgets;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a program has this code. */
    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return programs.existsByCode(code);
    }

    @Transactional
    public ProgramView create(NewProgram request, HighroadUser by) {
        ProgramPreset preset = request.preset() == null ? null : presets.preset(request.preset())
                .orElseThrow(() -> new InvalidInputException("preset", "no program preset " + request.preset()));
        StandardVersionView version;
        try {
            version = standards.version(request.standardCode(), request.standardVersion());
        } catch (NotFoundException e) {
            throw new InvalidInputException("standardVersion", "no version " + request.standardVersion() + " of standard "
                    + request.standardCode());
        }
        if (version.content().subsidyTerms() == null) {
            // A program is scored and bounded by its standard's subsidy terms (the reimbursement share, hours and cap
            // a wage-subsidy standard such as the WIOA-OJT preset states, 20 CFR 680.700); a procurement standard has
            // none and its rubric scores bids, which no subsidy request can answer.
            throw new InvalidInputException("standardCode", "version " + request.standardVersion() + " of "
                    + request.standardCode() + " is not a wage-subsidy standard (it has no subsidy terms); pin a wage-subsidy standard");
        }
        if (version.adoption().status() != Adoption.Status.ADOPTED) {
            throw new ConflictException("version " + request.standardVersion() + " of " + request.standardCode()
                    + " is not adopted; a program is pinned to an adopted version");
        }
        BigDecimal floor = version.content().floorsFor(null, LocalDate.now(clock)).stream().map(WageFloor::hourlyRate)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        ProgramTerms given = request.terms() == null ? ProgramTerms.NONE : request.terms();
        ProgramTerms terms = given.orElse(preset == null ? null : preset.terms())
                .orElse(ProgramTermsRules.fromStandard(version.content().subsidyTerms(), floor));
        List<Violation> violations = ProgramTermsRules.violations(terms, version.content().subsidyTerms(), floor);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (programs.existsByCode(request.code())) {
            throw new ConflictException("a subsidy program " + request.code() + " exists already");
        }
        SubsidyProgram program = programs.saveAndFlush(new SubsidyProgram(request.code(), request.name(), request.standardCode(),
                request.standardVersion(), terms, by.userId(), clock.instant()));
        standards.recordUse(request.standardCode(), request.standardVersion(), USED_BY, request.code());
        audit.record(AUDIT_SUBJECT, program.id(), "CREATED", by.userId(), null, "pinned " + request.standardCode() + " version "
                + request.standardVersion() + (preset == null ? "" : ", terms from preset " + preset.id()));
        return view(program);
    }

    @Transactional(readOnly = true)
    public List<ProgramView> list() {
        return programs.findAllByOrderByCode().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ProgramView get(long id) {
        return view(entity(id));
    }

    SubsidyProgram entity(long id) {
        return programs.findById(id).orElseThrow(() -> new NotFoundException("no subsidy program " + id));
    }

    private ProgramView view(SubsidyProgram program) {
        return program.toView(budgets.reservedTotal(program.id()));
    }
}
