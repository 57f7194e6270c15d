package org.highroad.subsidies.web;

import jakarta.validation.Valid;
import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.subsidies.NewProgram;
import org.highroad.subsidies.ProgramReport;
import org.highroad.subsidies.ProgramView;
import org.highroad.subsidies.SubsidyPrograms;
import org.highroad.subsidies.SubsidyReports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Programs: administrators and workforce staff create them; everyone signed in reads their terms. */
@RestController
class SubsidyProgramsController {

    private static final String EVERYONE = "hasAnyRole('ADMIN','PROCUREMENT_OFFICER','AUDITOR','WORKFORCE_STAFF','CONTRACTOR')";

    private final SubsidyPrograms programs;
    private final SubsidyReports reports;

    SubsidyProgramsController(SubsidyPrograms programs, SubsidyReports reports) {
        this.programs = programs;
        this.reports = reports;
    }

    @PostMapping("/api/subsidy-programs")
    @PreAuthorize("hasAnyRole('ADMIN','WORKFORCE_STAFF')")
    ResponseEntity<ProgramView> create(@Valid @RequestBody NewProgram body, @AuthenticationPrincipal HighroadUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(programs.create(body, user));
    }

    @GetMapping("/api/subsidy-programs")
    @PreAuthorize(EVERYONE)
    List<ProgramView> list() {
        return programs.list();
    }

    @GetMapping("/api/subsidy-programs/{id}")
    @PreAuthorize(EVERYONE)
    ProgramView get(@PathVariable long id) {
        return programs.get(id);
    }

    /** Aggregates over fewer than five hires are suppressed, so no employer's or worker's figures can be read off it. */
    @GetMapping("/api/subsidy-programs/{id}/report")
    @PreAuthorize("hasAnyRole('ADMIN','WORKFORCE_STAFF','AUDITOR')")
    ProgramReport report(@PathVariable long id) {
        return reports.report(id);
    }
}
