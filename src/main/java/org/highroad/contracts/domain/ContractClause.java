package org.highroad.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A clause as written into a contract version: which template version, and the text with the numbers filled in. */
@Embeddable
public record ContractClause(
        @Column(name = "clause_code") String code,
        @Column(name = "template_version") int templateVersion,
        @Column(name = "heading") String heading,
        @Column(name = "body") String body) {
}
