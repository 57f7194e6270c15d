package org.highroad.procurement.process;

import static org.highroad.procurement.process.SolicitationAwardProcess.*;

import org.highroad.platform.process.TaskDecision;
import org.highroad.platform.security.Role;
import org.highroad.procurement.Awards;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solicitation-award delegates: read the solicitation id, call one {@link Awards} step, write one flag. The
 * award's chosen bid and reason are the approval task's answers, kept by {@link Awards} with the solicitation and in
 * its audit trail.
 */
@Configuration
class SolicitationAwardDelegates {

    static long solicitationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_SOLICITATION_ID)).longValue();
    }

    @Bean(DELEGATE_CLOSE)
    JavaDelegate closeSubmissions(Awards awards) {
        return execution -> awards.closeSubmissions(solicitationId(execution));
    }

    @Bean(DELEGATE_CHECK_EVALUATIONS)
    JavaDelegate checkEvaluationsComplete(Awards awards) {
        return execution -> execution.setVariable(VAR_ALL_EVALUATED, awards.allEvaluated(solicitationId(execution)));
    }

    /**
     * Ranks, then preselects the recommended bid in the approval form by its id. The ranking itself is the
     * solicitation's, read through {@code GET /api/solicitations/{id}/ranking}: no copy of it goes into the process.
     */
    @Bean(DELEGATE_RANK)
    JavaDelegate rankBids(Awards awards, DmnTierTable tiers) {
        return execution -> {
            long id = solicitationId(execution);
            execution.setVariable(VAR_RANKED, awards.rank(id, tiers));
            awards.recommended(id).ifPresent(bidId -> execution.setVariable(VAR_AWARD_BID_ID, bidId));
        };
    }

    @Bean(DELEGATE_RECORD_AWARD)
    JavaDelegate recordAward(Awards awards) {
        return execution -> {
            long id = solicitationId(execution);
            Object chosen = execution.getVariable(VAR_AWARD_BID_ID);
            String reason = (String) execution.getVariable(VAR_REASON);
            TaskDecision officer = TaskDecision.of(execution, VAR_REFUSAL, "AWARD_REFUSED");
            if (!(chosen instanceof Number bidId)) {
                officer.refuse("choose the bid to award");
                return;
            }
            officer.refuseIf(awards.awardRefusal(id, bidId.longValue(), reason, officer.by(Role.PROCUREMENT_OFFICER)));
            awards.award(id, bidId.longValue(), officer.userId(), reason);
        };
    }
}
