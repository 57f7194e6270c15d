package org.highroad.procurement.process;

import static org.highroad.procurement.process.BidEvaluationProcess.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.platform.process.TaskDecision;
import org.highroad.platform.security.Role;
import org.highroad.procurement.BidEvaluation;
import org.highroad.procurement.ScorecardReview;
import org.highroad.standards.scoring.Criterion;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bid-evaluation delegates. Each reads the bid id, calls one {@link BidEvaluation} step and writes one routing
 * flag; policy stays in the module. The officer's review (ratings, justifications, decision, reason) is the review
 * task's answers, handed to {@link BidEvaluation}, which keeps them with the bid and in its audit trail.
 */
@Configuration
class BidEvaluationDelegates {

    static long bidId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_BID_ID)).longValue();
    }

    /**
     * On submission, while the bid is sealed: screens and scores it (its bidder sees the outcome at once) and writes
     * nothing into the process, so every sealed bid's evaluation looks the same in the engine until the opening. A bid
     * replaced or cancelled before this step ran ends its evaluation here (the replacement left it to this step).
     */
    @Bean(DELEGATE_SCREEN)
    JavaDelegate screenSealedBid(BidEvaluation evaluation, DmnTierTable tiers) {
        return execution -> {
            long solicitationId = ((Number) execution.getVariable(VAR_SOLICITATION_ID)).longValue();
            if (!evaluation.screen(bidId(execution), solicitationId, tiers)) {
                throw new BpmnError(ERROR_WITHDRAWN, "bid " + bidId(execution) + " was withdrawn before its screening");
            }
        };
    }

    /**
     * Once the bids are opened: the screening's outcome as the routing flags of the gateways that follow, transient
     * (gone with this transaction, never in the engine's history): the bid's record is the outcome's record.
     */
    @Bean(DELEGATE_OPEN_SCREENING)
    JavaDelegate openBidScreening(BidEvaluation evaluation) {
        return execution -> {
            BidEvaluation.Screening screening = evaluation.screening(bidId(execution));
            flag(execution, VAR_COMPLETE, screening.complete());
            flag(execution, VAR_ELIGIBLE, screening.eligible());
            flag(execution, VAR_FLOORS_MET, screening.floorsMet());
        };
    }

    /*
     * The steps of evaluations started by earlier versions, which checked and routed before the opening: an
     * evaluation started before this version and not yet past them still calls them. Their flags are transient too.
     */
    @Bean(LEGACY_DELEGATE_CHECK_COMPLETENESS)
    JavaDelegate checkBidCompleteness(BidEvaluation evaluation) {
        return execution -> flag(execution, VAR_COMPLETE, evaluation.checkCompleteness(bidId(execution)));
    }

    @Bean(LEGACY_DELEGATE_CHECK_ELIGIBILITY)
    JavaDelegate checkVendorEligibility(BidEvaluation evaluation) {
        return execution -> flag(execution, VAR_ELIGIBLE, evaluation.checkEligibility(bidId(execution)));
    }

    @Bean(LEGACY_DELEGATE_CHECK_FLOORS)
    JavaDelegate checkMandatoryFloors(BidEvaluation evaluation) {
        return execution -> flag(execution, VAR_FLOORS_MET, evaluation.checkFloors(bidId(execution)));
    }

    @Bean(LEGACY_DELEGATE_SCORE)
    JavaDelegate scoreBid(BidEvaluation evaluation, DmnTierTable tiers) {
        return execution -> evaluation.score(bidId(execution), tiers);
    }

    /** A routing flag read by the next gateway in the same transaction: not stored, not in history. */
    private static void flag(DelegateExecution execution, String name, boolean value) {
        execution.setVariable(name, Variables.booleanValue(value, true));
    }

    @Bean(DELEGATE_CHECK_OPENED)
    JavaDelegate checkBidsOpened(BidEvaluation evaluation) {
        return execution -> execution.setVariable(VAR_OPENED, evaluation.bidsOpened(bidId(execution)));
    }

    /**
     * After the opening: rescores among the opened bids. The review form's rows (the officer-rated criteria with their
     * names and scales, one per criterion of the rubric) are computed when the form is read ({@link ScorecardFormValues});
     * the scorecard itself is the bid's, read through {@code GET /api/bids/{id}/scorecard}: no copy of either goes into
     * the process, whose history would keep it outside procurement's access rules.
     */
    @Bean(DELEGATE_PREPARE_REVIEW)
    JavaDelegate prepareScorecardReview(BidEvaluation evaluation, DmnTierTable tiers) {
        return execution -> evaluation.scoreAtOpening(bidId(execution), tiers);
    }

    /** Records the officer's review; a refusal (missing rating, out of bounds, no reason) sends the task back. */
    @Bean(DELEGATE_RECORD_REVIEW)
    JavaDelegate recordScorecardReview(BidEvaluation evaluation, DmnTierTable tiers) {
        return execution -> {
            long bidId = bidId(execution);
            TaskDecision officer = TaskDecision.of(execution, VAR_REFUSAL, "REVIEW_REFUSED");
            ScorecardReview review = reviewFrom(execution, officer, evaluation.officerRatedCriteria(bidId));
            officer.refuseIf(evaluation.reviewRefusal(bidId, review, officer.by(Role.PROCUREMENT_OFFICER)));
            evaluation.recordReview(bidId, review, officer.userId(), tiers);
            execution.setVariable(VAR_CONFIRMED, review.decision() == ScorecardReview.Decision.CONFIRM);
            officer.clearRefusal();
        };
    }

    /** Tells the solicitation's award process that one more bid has finished (whatever its outcome). */
    @Bean(DELEGATE_FINISHED)
    ExecutionListener bidEvaluationFinished(SolicitationAwardProcess award) {
        return execution -> award.bidEvaluated(((Number) execution.getVariable(VAR_SOLICITATION_ID)).longValue());
    }


    /**
     * Ratings come from the form's dynamic list ({@code ratings}), filled in Tasklist or by the API path
     * ({@link BidEvaluationProcess#review}): the JSON text of one row per officer-rated criterion, in the rubric's order
     * (the order the form showed them in), each with {@code points} and {@code justification}; a row without points is
     * not rated now. A review opened by an earlier version answers in that version's three slots ({@code rating1} …,
     * beside {@code rating1Code}). They are the task's answers (ADR 0008), there only in the transaction that completes
     * the task; they are consumed as they are read, so a refused attempt's ratings are never mixed into the next one.
     */
    private static ScorecardReview reviewFrom(DelegateExecution execution, TaskDecision officer, List<Criterion> criteria) {
        Object submitted = execution.getVariable(VAR_RATINGS);
        execution.removeVariable(VAR_RATINGS);
        List<ScorecardReview.Rating> ratings = new ArrayList<>();
        if (submitted != null) {
            RatingRows.Read rows = RatingRows.read(submitted.toString(), criteria);
            if (rows.refusal() != null) {
                officer.refuse(rows.refusal());
            }
            ratings.addAll(rows.ratings());
        } else {
            for (int i = 1; i <= FORM_RATING_SLOTS; i++) {
                rating(execution, "rating" + i + "Code", "rating" + i, "rating" + i + "Justification").ifPresent(ratings::add);
                execution.removeVariable("rating" + i);
                execution.removeVariable("rating" + i + "Justification");
            }
        }
        Object decision = execution.getVariable(VAR_DECISION);
        ScorecardReview.Decision choice = "DISQUALIFY".equals(decision) ? ScorecardReview.Decision.DISQUALIFY
                : "CONFIRM".equals(decision) ? ScorecardReview.Decision.CONFIRM : null;
        if (choice == null) {
            officer.refuse("choose confirm or disqualify");
        }
        return new ScorecardReview(choice, (String) execution.getVariable(VAR_REASON), ratings);
    }

    /** A rating in an earlier version's slot. */
    private static Optional<ScorecardReview.Rating> rating(DelegateExecution execution, String codeVar, String ratingVar,
            String justificationVar) {
        Object code = execution.getVariable(codeVar);
        Object value = execution.getVariable(ratingVar);
        if (code == null || value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ScorecardReview.Rating(code.toString(), new BigDecimal(value.toString()),
                (String) execution.getVariable(justificationVar)));
    }

}
