package org.highroad.contracts;

import java.util.Optional;
import org.highroad.contracts.domain.ContractRepository;
import org.highroad.platform.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procurement officer's legal review of a draft: approved, it awaits the prime's acceptance; returned, it goes back
 * to drafting. The reason is kept for the record (the contract's status reason and audit trail, the agency's own).
 */
@Service
public class LegalReview {

    private final ContractRepository contracts;
    private final AuditTrail audit;

    LegalReview(ContractRepository contracts, AuditTrail audit) {
        this.contracts = contracts;
        this.audit = audit;
    }

    /** Why this legal review cannot be recorded, or empty; {@code decision} is null when the answer named none. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(long id, boolean byProcurementOfficer, LegalReviewDecision decision, String reason) {
        if (!byProcurementOfficer) {
            return Optional.of("only a procurement officer may complete the legal review");
        }
        if (contracts.require(id).status() != ContractStatus.IN_LEGAL_REVIEW) {
            return Optional.of("contract " + id + " is not in legal review");
        }
        if (decision == null) {
            return Optional.of(LegalReviewDecision.CHOOSE);
        }
        return reason == null || reason.isBlank() ? Optional.of("a reason is required for the record") : Optional.empty();
    }

    @Transactional
    public void record(long id, LegalReviewDecision decision, String reason, String officer) {
        boolean approved = decision == LegalReviewDecision.APPROVE;
        contracts.require(id).legalReview(approved, reason);
        audit.record(ContractAudit.SUBJECT, id, approved ? ContractAudit.LEGAL_REVIEW_APPROVED : ContractAudit.RETURNED_TO_DRAFTING,
                officer, reason, null);
    }
}
