package org.highroad.contracts;

import java.util.Set;
import org.highroad.contracts.domain.ContractSight;

/** What a contract's audit trail records, and which of it is written for the prime contractor. */
final class ContractAudit {

    static final String SUBJECT = "contract";

    static final String DRAFTED = "DRAFTED";
    static final String DRAFT_REVISED = "DRAFT REVISED";
    static final String RETURNED_TO_DRAFTING = "RETURNED TO DRAFTING";
    static final String LEGAL_REVIEW_APPROVED = "LEGAL REVIEW APPROVED";
    static final String REJECTED = "REJECTED BY CONTRACTOR";
    static final String ACCEPTED = "ACCEPTED AND EXECUTED";
    static final String AMENDED = "AMENDED";
    static final String SUBCONTRACTOR_ADDED = "SUBCONTRACTOR ADDED";

    /**
     * The entries whose reason and detail are written for the prime contractor too: its own answers, and what
     * becomes part of the contract it is bound by (the award it was drafted from, an amendment and its reason, which
     * the amended version states, a subcontractor it works with). Anything else, including any action added later,
     * is the agency's internal record (draft revisions before legal review is done, legal review's reasons): the
     * prime sees that it happened, by whom and when, not why.
     */
    private static final Set<String> WRITTEN_FOR_THE_PRIME = Set.of(DRAFTED, REJECTED, ACCEPTED, AMENDED, SUBCONTRACTOR_ADDED);

    private ContractAudit() {
    }

    /** An entry as a caller who sees the whole contract reads it: agency staff all of it, the prime what is written for it. */
    static AuditEntryView shown(AuditEntryView entry, ContractSight sight) {
        return sight == ContractSight.AGENCY || WRITTEN_FOR_THE_PRIME.contains(entry.action()) ? entry : entry.withoutText();
    }
}
