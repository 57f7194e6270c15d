package org.highroad.subsidies.process;

import static org.highroad.subsidies.process.WageSubsidyReviewProcess.PROCESS_ID;
import static org.highroad.subsidies.process.WageSubsidyReviewProcess.SHOWN_REVIEW;
import static org.highroad.subsidies.process.WageSubsidyReviewProcess.TASK_REVIEW;

import java.util.Map;
import org.highroad.platform.process.TaskFormValues;
import org.highroad.subsidies.SubsidyReview;
import org.springframework.stereotype.Component;

/**
 * The staff review's form shows the employer, the hires and wage, the scorecard's criteria lines, the flags and the
 * money ({@link SubsidyReview#reviewLabels}), read from the subsidies module each time the form is read: names and
 * amounts never become process variables, which hold the request's id and routing flags only (ADR 0008).
 */
@Component
class SubsidyReviewFormValues implements TaskFormValues {

    private final SubsidyReview review;

    SubsidyReviewFormValues(SubsidyReview review) {
        this.review = review;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, String> valuesFor(String taskDefinitionKey, String businessKey) {
        if (!TASK_REVIEW.equals(taskDefinitionKey) || businessKey == null) {
            return Map.of();
        }
        return Map.of(SHOWN_REVIEW, review.reviewLabels(Long.parseLong(businessKey)).markdown());
    }
}
