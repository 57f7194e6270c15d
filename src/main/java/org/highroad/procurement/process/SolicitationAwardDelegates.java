package org.highroad.procurement.process;

import static org.highroad.procurement.process.SolicitationAwardProcess.*;

import java.util.Optional;
import org.highroad.procurement.Awards;
import org.highroad.procurement.Bids;
import org.highroad.procurement.RankingView;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The solicitation-award delegates: read the solicitation id, call one {@link Awards} step, write one flag. */
@Configuration
class SolicitationAwardDelegates {

    private static final HighroadUser WORKFLOW = new HighroadUser("highroad-workflow", java.util.Set.of(Role.PROCUREMENT_OFFICER), null);

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

    /** Ranks, then prefills the approval form with the recommended bid and the ranking (a display copy). */
    @Bean(DELEGATE_RANK)
    JavaDelegate rankBids(Awards awards, Bids bids, DmnTierTable tiers) {
        return execution -> {
            long id = solicitationId(execution);
            execution.setVariable(VAR_RANKED, awards.rank(id, tiers));
            awards.recommended(id).ifPresent(bidId -> execution.setVariable(VAR_AWARD_BID_ID, bidId));
            execution.setVariable(VAR_RANKING_TEXT, render(bids.ranking(id, WORKFLOW)));
        };
    }

    @Bean(DELEGATE_RECORD_AWARD)
    JavaDelegate recordAward(Awards awards) {
        return execution -> {
            long id = solicitationId(execution);
            Object chosen = execution.getVariable(VAR_AWARD_BID_ID);
            String reason = (String) execution.getVariable(VAR_REASON);
            if (!(chosen instanceof Number bidId)) {
                execution.setVariable(VAR_REFUSAL, "choose the bid to award");
                throw new BpmnError("AWARD_REFUSED", "choose the bid to award");
            }
            Authentication officer = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            Optional<String> refusal = awards.awardRefusal(id, bidId.longValue(), reason,
                    BidEvaluationDelegates.isProcurementOfficer(officer));
            if (refusal.isPresent()) {
                execution.setVariable(VAR_REFUSAL, refusal.get());
                throw new BpmnError("AWARD_REFUSED", refusal.get());
            }
            awards.award(id, bidId.longValue(), officer.getUserId(), reason);
        };
    }

    private static String render(RankingView ranking) {
        StringBuilder text = new StringBuilder("Tie-break: " + ranking.tieBreak() + "\n");
        for (RankingView.Entry e : ranking.entries()) {
            text.append(e.rank() == null ? "  -" : String.format("%3d", e.rank())).append("  bid ").append(e.bidId())
                    .append("  vendor ").append(e.vendorId()).append("  ").append(e.status())
                    .append(e.totalScore() == null ? "" : "  " + e.totalScore().toPlainString() + " points")
                    .append("  price ").append(e.price().toPlainString())
                    .append(e.outcomeReason() == null || e.rank() != null ? "" : "  (" + e.outcomeReason() + ")").append('\n');
        }
        return text.toString();
    }
}
