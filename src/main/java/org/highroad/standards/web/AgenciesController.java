package org.highroad.standards.web;

import jakarta.validation.Valid;
import java.util.List;
import org.highroad.standards.Agency;
import org.highroad.standards.StandardCatalog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Agencies that own standards. */
@RestController
@RequestMapping("/api/agencies")
class AgenciesController {

    private final StandardCatalog catalog;

    AgenciesController(StandardCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    List<Agency> list() {
        return catalog.agencies();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    Agency register(@Valid @RequestBody Agency agency) {
        return catalog.registerAgency(agency);
    }
}
