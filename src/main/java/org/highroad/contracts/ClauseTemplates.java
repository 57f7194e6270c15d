package org.highroad.contracts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.highroad.contracts.domain.ClauseTemplate;
import org.highroad.contracts.domain.ClauseTemplateRepository;
import org.highroad.contracts.domain.ClauseWriter;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.platform.validation.InvalidInputException;
import org.highroad.platform.validation.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clause library: templates are data, versioned. An administrator adds a version; new drafts and amendments use
 * the latest, while executed contract versions keep the wording they were signed with.
 */
@Service
public class ClauseTemplates {

    private final ClauseTemplateRepository templates;
    private final AuditTrail audit;
    private final Clock clock;

    ClauseTemplates(ClauseTemplateRepository templates, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateView> all() {
        return templates.findAllByOrderByCodeAscVersionAsc().stream().map(TemplateView::of).toList();
    }

    @Transactional
    public TemplateView addVersion(String code, String heading, String body, String by) {
        List<Violation> violations = new ArrayList<>();
        if (!ContractDrafting.CLAUSE_CODES.contains(code)) {
            violations.add(new Violation("code", "must be one of " + ContractDrafting.CLAUSE_CODES));
        }
        Set<String> unknown = new java.util.TreeSet<>(ClauseWriter.placeholders(body));
        unknown.removeAll(ContractDrafting.PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            violations.add(new Violation("body", "unknown placeholders " + unknown + "; use " + new java.util.TreeSet<>(ContractDrafting.PLACEHOLDERS)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        int next = templates.findFirstByCodeOrderByVersionDesc(code).map(t -> t.version() + 1).orElse(1);
        ClauseTemplate saved = templates.saveAndFlush(new ClauseTemplate(code, next, heading, body, by, clock.instant()));
        audit.record("clause-template", saved.version(), "ADDED " + code, by, null, heading);
        return TemplateView.of(saved);
    }

    /** A template version as read. */
    public record TemplateView(String code, int version, String heading, String body, String createdBy) {
        static TemplateView of(ClauseTemplate t) {
            return new TemplateView(t.code(), t.version(), t.heading(), t.body(), t.createdBy());
        }
    }
}
