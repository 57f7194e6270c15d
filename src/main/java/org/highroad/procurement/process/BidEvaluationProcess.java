package org.highroad.procurement.process;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.platform.process.TaskCompletion;
import org.highroad.procurement.BidEvaluation;
import org.highroad.procurement.ProcurementEvents;
import org.highroad.procurement.ScorecardReview;
import org.highroad.platform.process.ProcessStarts;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Adapter for {@code bpmn/procurement/bid-evaluation.bpmn}: one instance per bid, business key = bid id. Started in
 * the submitting transaction; a resubmission cancels the replaced bid's instance with message {@code bid.replaced}.
 * The bid is screened and scored on submission (its bidder sees the outcome at once), then every evaluation waits
 * until the bids are opened (message {@code bid.solicitationOpened}, sent by the opening to every evaluation of the
 * solicitation), whatever the screening found: only then does the process route on it (transient flags), ending a
 * ruled-out bid's evaluation or creating the officer's review task. Until the opening the engine shows the same for
 * every sealed bid. Variables hold the bid's and the
 * solicitation's ids and routing flags (reviews opened by earlier versions also the codes of up to three officer-rated
 * criteria offered to their form); the scorecard,
 * the rubric (the criteria's names and scales), the ratings, their justifications and the review's reason are the
 * bid's and the solicitation's records, read through their API (ADR 0008).
 */
@Component
public class BidEvaluationProcess {

    public static final String PROCESS_ID = "bidEvaluation";
    public static final String TASK_SCREEN = "serviceTask_screenBid";
    public static final String TASK_CHECK_OPENED = "serviceTask_checkBidsOpened";
    public static final String GATEWAY_OPENED = "gateway_bidsOpened";
    public static final String EVENT_BIDS_OPENED = "message_bidsOpened";
    public static final String MESSAGE_BIDS_OPENED = "bid.solicitationOpened";
    public static final String TASK_OPEN_SCREENING = "serviceTask_openScreening";
    public static final String TASK_PREPARE_REVIEW = "serviceTask_prepareReview";
    public static final String TASK_REVIEW = "userTask_reviewScorecard";
    public static final String TASK_RECORD_REVIEW = "serviceTask_recordReview";
    public static final String GATEWAY_COMPLETE = "gateway_complete";
    public static final String GATEWAY_ELIGIBLE = "gateway_eligible";
    public static final String GATEWAY_FLOORS_MET = "gateway_floorsMet";
    public static final String GATEWAY_CONFIRMED = "gateway_confirmed";
    public static final String END_INCOMPLETE = "endEvent_incomplete";
    public static final String END_DISQUALIFIED = "endEvent_disqualified";
    public static final String END_NON_RESPONSIVE = "endEvent_nonResponsive";
    public static final String END_EVALUATED = "endEvent_evaluated";
    public static final String END_DISQUALIFIED_BY_OFFICER = "endEvent_disqualifiedByOfficer";
    public static final String END_REPLACED = "endEvent_replaced";
    public static final String EVENT_WITHDRAWN = "startEvent_withdrawn";
    public static final String END_WITHDRAWN = "endEvent_withdrawn";
    /** Thrown by the screening step when the bid was replaced or its solicitation cancelled before it ran. */
    public static final String ERROR_WITHDRAWN = "BID_WITHDRAWN";
    public static final String EVENT_REPLACED = "startEvent_bidReplaced";
    public static final String MESSAGE_REPLACED = "bid.replaced";
    public static final String EVENT_SOLICITATION_CANCELLED = "startEvent_solicitationCancelled";
    public static final String END_SOLICITATION_CANCELLED = "endEvent_solicitationCancelled";
    public static final String MESSAGE_SOLICITATION_CANCELLED = "bid.solicitationCancelled";
    public static final String FORM_REVIEW = "review-scorecard";
    public static final String DELEGATE_SCREEN = "screenSealedBid";
    public static final String DELEGATE_OPEN_SCREENING = "openBidScreening";
    public static final String DELEGATE_CHECK_OPENED = "checkBidsOpened";
    public static final String DELEGATE_PREPARE_REVIEW = "prepareScorecardReview";
    public static final String DELEGATE_RECORD_REVIEW = "recordScorecardReview";
    public static final String DELEGATE_FINISHED = "bidEvaluationFinished";
    /** The steps of earlier versions, which screened and routed before the opening (still called by their instances). */
    static final String LEGACY_DELEGATE_CHECK_COMPLETENESS = "checkBidCompleteness";
    static final String LEGACY_DELEGATE_CHECK_ELIGIBILITY = "checkVendorEligibility";
    static final String LEGACY_DELEGATE_CHECK_FLOORS = "checkMandatoryFloors";
    static final String LEGACY_DELEGATE_SCORE = "scoreBid";

    public static final String VAR_BID_ID = "bidId";
    public static final String VAR_SOLICITATION_ID = "solicitationId";
    /**
     * The screening's outcome (complete, eligible, floors met): transient routing flags, set once the bids are opened
     * and read by the gateway that follows in the same transaction; never stored, never in history. Earlier versions
     * stored them as soon as a bid came in, while it was sealed: retired.
     */
    public static final String VAR_COMPLETE = "complete";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_FLOORS_MET = "floorsMet";
    public static final String VAR_OPENED = "bidsOpened";
    public static final String VAR_CONFIRMED = "confirmed";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_REASON = "reason";
    public static final String VAR_REFUSAL = "refusal";
    /**
     * The review form's answer with the officer's ratings: its dynamic list's rows, one per officer-rated criterion of
     * the rubric in the rubric's order ({@link RatingRows}), handed to the step as JSON text; never stored.
     */
    public static final String VAR_RATINGS = "ratings";
    /**
     * Reviews opened by earlier versions offered up to three officer-rated criteria in slots: code ({@code rating1Code},
     * a variable of those instances), rating and justification. Their forms still answer so.
     */
    public static final int FORM_RATING_SLOTS = 3;
    /** How many ratings the API path of earlier versions handed to the review ({@code apiRating0..19}). */
    private static final int API_RATING_SLOTS = 20;
    /**
     * Kept as variables by earlier versions: the review's answers (decision, reason, the form's ratings and
     * justifications, the API's ratings, which the delegate removed but history kept), a display copy of the
     * scorecard and the rated criteria's names and scales (the solicitation's rubric, read through its API).
     */
    static final Set<String> RETIRED_VARIABLES = retiredVariables();

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProcessStarts starts;
    private final TaskCompletion completion;
    private final BidEvaluation evaluation;
    private final RetiredVariables retired;

    BidEvaluationProcess(RuntimeService runtime, ManagementService management, ProcessStarts starts,
            TaskCompletion completion, BidEvaluation evaluation, RetiredVariables retired) {
        this.runtime = runtime;
        this.management = management;
        this.starts = starts;
        this.completion = completion;
        this.evaluation = evaluation;
        this.retired = retired;
    }

    @EventListener(ApplicationReadyEvent.class)
    void removeRetiredVariables() {
        retired.remove(PROCESS_ID, RETIRED_VARIABLES);
    }

    private static Set<String> retiredVariables() {
        Set<String> names = new HashSet<>(Set.of(VAR_DECISION, VAR_REASON, "scorecardText", VAR_COMPLETE, VAR_ELIGIBLE,
                VAR_FLOORS_MET));
        for (int i = 1; i <= FORM_RATING_SLOTS; i++) {
            names.addAll(List.of("rating" + i, "rating" + i + "Justification", "rating" + i + "Scale"));
        }
        for (int i = 0; i < API_RATING_SLOTS; i++) {
            names.addAll(List.of("apiRating" + i + "Code", "apiRating" + i, "apiRating" + i + "Justification"));
        }
        return Set.copyOf(names);
    }

    /** After the publisher's commit, through the event publication registry: one evaluation per bid (ADR 0015). */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ProcurementEvents.BidSubmitted submitted) {
        if (!evaluation.mayStartEvaluation(submitted.bidId(), submitted.solicitationId())) {
            return; // replaced or cancelled before its evaluation started
        }
        starts.once(PROCESS_ID, String.valueOf(submitted.bidId()),
                Map.of(VAR_BID_ID, submitted.bidId(), VAR_SOLICITATION_ID, submitted.solicitationId()));
    }

    /**
     * Stops the replaced bid's evaluation, in the resubmission's transaction (which holds its solicitation's lock). An
     * evaluation whose screening job has not run yet is left to that job: the job may already be running, and ending
     * its instance under it would fail it (the engine logs an ERROR for a normal action); the screening takes the same
     * lock before it reads the bid, finds it replaced and ends the evaluation itself ({@link #END_WITHDRAWN}).
     */
    @EventListener
    void on(ProcurementEvents.BidReplaced replaced) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(replaced.replacedBidId())).list()) {
            stop(instance, MESSAGE_REPLACED);
        }
    }

    private void stop(ProcessInstance instance, String message) {
        if (management.createJobQuery().processInstanceId(instance.getId()).activityId(TASK_SCREEN).count() > 0) {
            return; // its screening job ends it
        }
        runtime.createMessageCorrelation(message).processInstanceId(instance.getId()).correlateAll();
    }

    /**
     * The bids were opened: every evaluation of the solicitation waiting for it goes on to the officer's review, its
     * routing flag now saying so (it was false when the evaluation started waiting).
     */
    @EventListener
    void on(ProcurementEvents.BidsOpened opened) {
        runtime.createMessageCorrelation(MESSAGE_BIDS_OPENED)
                .processInstanceVariableEquals(VAR_SOLICITATION_ID, opened.solicitationId())
                .setVariable(VAR_OPENED, true).correlateAll();
    }

    /** The solicitation was cancelled: every bid evaluation still running for it stops. */
    @EventListener
    void on(ProcurementEvents.SolicitationCancelled cancelled) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .variableValueEquals(VAR_SOLICITATION_ID, cancelled.solicitationId()).list()) {
            stop(instance, MESSAGE_SOLICITATION_CANCELLED);
        }
    }

    /**
     * The criteria a review opened by an earlier version offers in its slots ({@code rating1Code} …), or none for a
     * review opened by this version, whose form lists every officer-rated criterion.
     */
    private List<Object> legacyRatingSlots(long bidId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(bidId)).singleResult().getId();
        List<Object> codes = new java.util.ArrayList<>();
        for (int i = 1; i <= FORM_RATING_SLOTS; i++) {
            codes.add(runtime.getVariable(instance, ratingVar(i) + "Code"));
        }
        return codes.stream().allMatch(java.util.Objects::isNull) ? List.of() : codes;
    }

    private static String ratingVar(int slot) {
        return "rating" + slot;
    }

    /**
     * The ratings as the form's dynamic list submits them: one row per officer-rated criterion, in the rubric's order,
     * with the API's rating and justification for the criteria it rates and an empty row for the others.
     */
    private String ratingRows(long bidId, List<ScorecardReview.Rating> ratings) {
        com.fasterxml.jackson.databind.node.ArrayNode rows = JSON.createArrayNode();
        for (org.highroad.standards.scoring.Criterion criterion : evaluation.officerRatedCriteria(bidId)) {
            com.fasterxml.jackson.databind.node.ObjectNode row = rows.addObject();
            ratings.stream().filter(r -> r.criterion().equals(criterion.code())).findFirst().ifPresentOrElse(r -> {
                row.put("points", r.rating());
                row.put("justification", r.justification());
            }, () -> row.putNull("points"));
        }
        return rows.toString();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /**
     * The officer's review through the API: checked first (409), then the task is completed as that officer, the
     * ratings in the form's rows of their criteria (or in the slots of a review opened by an earlier version).
     */
    public void review(long bidId, String officer, ScorecardReview review) {
        evaluation.reviewRefusal(bidId, review, true).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        String task = completion.openTask(PROCESS_ID, String.valueOf(bidId), TASK_REVIEW, "the scorecard review of bid " + bidId);
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(VAR_DECISION, review.decision().name());
        variables.put(VAR_REASON, review.reason());
        List<Object> slots = legacyRatingSlots(bidId);
        if (slots.isEmpty()) {
            variables.put(VAR_RATINGS, ratingRows(bidId, review.ratings()));
        }
        for (ScorecardReview.Rating r : slots.isEmpty() ? List.<ScorecardReview.Rating>of() : review.ratings()) {
            int slot = slots.indexOf(r.criterion()) + 1;
            if (slot == 0) {
                throw new ConflictException(r.criterion() + " is not offered for rating in the review of bid " + bidId);
            }
            variables.put(ratingVar(slot), r.rating().toPlainString());
            variables.put(ratingVar(slot) + "Justification", r.justification());
        }
        completion.completeAs(officer, task, variables);
        if (evaluation.awaitingReview(bidId)) {
            // the delegate refused it after all (the task is back): say why instead of answering 200
            Object refusal = runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(bidId))
                    .processDefinitionKey(PROCESS_ID).list().stream().findFirst()
                    .map(p -> runtime.getVariable(p.getId(), VAR_REFUSAL)).orElse(null);
            throw new ConflictException("the review was not recorded: " + refusal);
        }
    }
}
