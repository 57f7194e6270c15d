package org.highroad.subsidies.process;

import static org.highroad.subsidies.process.WageSubsidyReviewProcess.*;

import java.time.Clock;
import org.highroad.platform.process.TaskDecision;
import org.highroad.platform.security.UserDirectory;
import org.highroad.subsidies.Assessment;
import org.highroad.subsidies.StaffDecision;
import org.highroad.subsidies.SubsidyReview;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The wage-subsidy review's delegates: each reads the request version's id, asks {@link SubsidyReview} once, and
 * writes a routing flag, or sends a human step back with the reason ({@code BpmnError}).
 */
@Configuration
class WageSubsidyReviewDelegates {

    @Bean(DELEGATE_HARD_RULES)
    JavaDelegate checkSubsidyHardRules(SubsidyReview review) {
        return execution -> execution.setVariable(VAR_HARD_RULES_MET, review.checkHardRules(requestId(execution)));
    }

    @Bean(DELEGATE_SCORE)
    JavaDelegate scoreSubsidyJobQuality(SubsidyReview review) {
        return execution -> {
            Assessment assessment = review.assess(requestId(execution));
            execution.setVariable(VAR_QUALITY_JOB, assessment.qualityJob());
            execution.setVariable(VAR_CONDITIONAL, assessment.conditional());
        };
    }

    @Bean(DELEGATE_RESERVE)
    JavaDelegate reserveSubsidyBudget(SubsidyReview review) {
        return execution -> {
            long id = requestId(execution);
            SubsidyReview.Reservation reservation = review.reserve(id);
            execution.setVariable(VAR_BUDGET_RESERVED, reservation != SubsidyReview.Reservation.EXHAUSTED);
            execution.setVariable(VAR_AUTOMATIC, reservation == SubsidyReview.Reservation.AUTOMATIC_APPROVAL);
        };
    }

    @Bean(DELEGATE_APPROVE)
    JavaDelegate approveSubsidyAutomatically(SubsidyReview review) {
        return execution -> review.approveAutomatically(requestId(execution));
    }

    @Bean(DELEGATE_RECORD_REVIEW)
    JavaDelegate recordSubsidyReview(SubsidyReview review) {
        return execution -> {
            long id = requestId(execution);
            TaskDecision staff = TaskDecision.of(execution, VAR_REFUSAL, ERROR_REVIEW_REFUSED);
            StaffDecision decision = new StaffDecision(text(execution, VAR_DECISION), text(execution, VAR_NOTE));
            staff.refuseIf(review.reviewRefusal(id, decision, staff.user()));
            staff.clearRefusal();
            execution.setVariable(VAR_APPROVED, review.recordReview(id, decision, staff.userId()));
        };
    }

    /** Issues the agreement and sets who accepts it and by when: the employer's users, before the first day of work. */
    @Bean(DELEGATE_ISSUE)
    JavaDelegate issueSubsidyAgreement(SubsidyReview review, Clock clock) {
        return execution -> {
            long id = requestId(execution);
            review.issueAgreement(id);
            execution.setVariable(VAR_VENDOR_GROUP, UserDirectory.vendorGroup(review.vendorOf(id)));
            // The agreement lapses at the start of the first day of work, in the application's zone.
            execution.setVariable(VAR_FIRST_DAY, java.util.Date.from(review.firstStartDate(id).atStartOfDay(clock.getZone())
                    .toInstant()));
        };
    }

    @Bean(DELEGATE_RECORD_ACCEPTANCE)
    JavaDelegate recordSubsidyAcceptance(SubsidyReview review) {
        return execution -> {
            long id = requestId(execution);
            TaskDecision employer = TaskDecision.of(execution, VAR_REFUSAL, ERROR_ACCEPTANCE_REFUSED);
            String commitment = text(execution, VAR_WAGE_COMMITMENT);
            employer.refuseIf(review.acceptanceRefusal(id, commitment, employer.user()));
            employer.clearRefusal();
            review.acceptAgreement(id, commitment, employer.userId());
        };
    }

    @Bean(DELEGATE_LAPSE)
    JavaDelegate lapseSubsidyAgreement(SubsidyReview review) {
        return execution -> review.lapseAgreement(requestId(execution));
    }

    private static long requestId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_REQUEST_ID)).longValue();
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
