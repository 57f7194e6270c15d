package org.highroad.standards.web;

import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.StandardPreset;
import org.highroad.standards.StandardPresets;
import org.highroad.standards.StandardVersionView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Presets that ship with Highroad (Boston-style construction, Boston LWO, SF local hire, WIOA OJT). */
@RestController
@RequestMapping("/api/standard-presets")
class PresetsController {

    private final StandardPresets presets;

    PresetsController(StandardPresets presets) {
        this.presets = presets;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<StandardPreset> available() {
        return presets.available();
    }

    @PostMapping("/{id}/load")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    StandardVersionView load(@PathVariable String id, @RequestParam String agency,
            @AuthenticationPrincipal HighroadUser user) {
        return presets.load(id, agency, user.userId());
    }
}
