package org.highroad.contracts.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.highroad.contracts.ClauseTemplates;
import org.highroad.platform.security.HighroadUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The clause template library: everyone signed in reads it; administrators add versions. */
@RestController
@RequestMapping("/api/clause-templates")
class ClauseTemplatesController {

    private final ClauseTemplates templates;

    ClauseTemplatesController(ClauseTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<ClauseTemplates.TemplateView> all() {
        return templates.all();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ClauseTemplates.TemplateView add(@Valid @RequestBody NewVersion version, @AuthenticationPrincipal HighroadUser user) {
        return templates.addVersion(version.code(), version.heading(), version.body(), user.userId());
    }

    /** Body of a new template version. */
    record NewVersion(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String heading,
            @NotBlank @Size(max = 4000) String body) {
    }
}
