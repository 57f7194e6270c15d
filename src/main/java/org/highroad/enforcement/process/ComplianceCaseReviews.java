package org.highroad.enforcement.process;

import java.util.List;
import org.highroad.enforcement.CaseSummaries;
import org.highroad.enforcement.CaseProgress;
import org.highroad.enforcement.ComplianceCases;
import org.operaton.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * What the compliance-case model reads besides its delegates: the findings a review round covers (the
 * multi-instance collection {@code ${complianceCaseReviews.toReview(caseId)}}) and, for the decision tasks' forms, a
 * display summary of the case (a task listener, {@code #{caseSummaryForTask}}).
 */
@Component("complianceCaseReviews")
public class ComplianceCaseReviews {

    private final ComplianceCases cases;
    private final CaseProgress progress;

    ComplianceCaseReviews(ComplianceCases cases, CaseProgress progress) {
        this.cases = cases;
        this.progress = progress;
    }

    /** The id of the case's last contractor response (null if none): what a verify task created now covers. */
    public Long lastResponseId(Object caseId) {
        return progress.lastResponseId(((Number) caseId).longValue());
    }

    /** The case's findings still pending review, one review task each. */
    public List<Long> toReview(Object caseId) {
        return cases.pendingFindings(((Number) caseId).longValue());
    }

    @Configuration
    static class Listeners {

        @Bean("caseSummaryForTask")
        TaskListener caseSummaryForTask(CaseSummaries summaries) {
            return task -> task.setVariableLocal("caseSummary",
                    summaries.summary(((Number) task.getVariable(ComplianceCaseProcess.VAR_CASE_ID)).longValue()));
        }
    }
}
