package org.highroad.enforcement.process;

import static org.highroad.enforcement.process.ComplianceCaseProcess.PROCESS_ID;
import static org.highroad.enforcement.process.ComplianceCaseProcess.TASK_REVIEW_ROUND;

import java.util.Map;
import org.highroad.enforcement.ReviewRounds;
import org.highroad.platform.process.TaskFormValues;
import org.springframework.stereotype.Component;

/**
 * The review round's form shows the findings pending review grouped by worker and by kind, with the restitution they
 * claim and a link to the case's staff page, read from the enforcement module each time the form is read: nothing of
 * it becomes a process variable (ADR 0008, ADR 0009).
 */
@Component
class ReviewRoundFormValues implements TaskFormValues {

    static final String SHOWN_ROUND = "roundFindings";

    private final ReviewRounds rounds;

    ReviewRoundFormValues(ReviewRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, String> valuesFor(String taskDefinitionKey, String businessKey) {
        if (!TASK_REVIEW_ROUND.equals(taskDefinitionKey) || businessKey == null) {
            return Map.of();
        }
        return Map.of(SHOWN_ROUND, rounds.pendingAsMarkdown(Long.parseLong(businessKey)));
    }
}
