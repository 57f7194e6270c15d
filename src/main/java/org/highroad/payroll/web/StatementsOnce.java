package org.highroad.payroll.web;

import org.highroad.payroll.ComplianceStatements;
import org.highroad.payroll.statement.StatementView;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.validation.IdempotencyKey;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A Statement of Compliance filed once for its form's token (or its API request's Idempotency-Key). The same token sent
 * twice at the same moment: the token's unique index lets one statement through and refuses the other's insert; the
 * other then finds the first once it committed (the same values: that statement; other values:
 * {@link ComplianceStatements.AlreadyFiled}). Tried for a few seconds at most, then refused as a conflict.
 */
final class StatementsOnce {

    private StatementsOnce() {
    }

    static StatementView file(ComplianceStatements statements, long id,
            org.highroad.payroll.statement.StatementOfCompliance statement, HighroadUser user, IdempotencyKey token) {
        for (int attempt = 1;; attempt++) {
            try {
                return statements.fileOnce(id, statement, user, token).statement();
            } catch (DataIntegrityViolationException sameFormMeanwhile) {
                if (attempt >= 30) {
                    throw new ConflictException("this form was sent twice at the same moment; open the Statement of Compliance again");
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw sameFormMeanwhile;
                }
            }
        }
    }
}
