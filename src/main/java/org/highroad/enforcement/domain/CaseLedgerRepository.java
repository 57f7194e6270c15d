package org.highroad.enforcement.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseLedgerRepository extends JpaRepository<CaseLedgerRecord, Long> {

    List<CaseLedgerRecord> findByCaseIdOrderById(long caseId);

    java.util.Optional<CaseLedgerRecord> findFirstByCaseIdOrderByIdDesc(long caseId);

    /** The withholding taken from this payment in this case, if any: by the reference's key, unique per case (V83). */
    java.util.Optional<CaseLedgerRecord> findByCaseIdAndPaymentReferenceKey(long caseId, String paymentReferenceKey);

    /** The entry recorded with this key (a form's one-time token or an Idempotency-Key, hashed) in this case, if any. */
    java.util.Optional<CaseLedgerRecord> findByCaseIdAndIdempotencyKey(long caseId, String idempotencyKey);

    List<CaseLedgerRecord> findByCaseIdInOrderById(java.util.Collection<Long> caseIds);
}
