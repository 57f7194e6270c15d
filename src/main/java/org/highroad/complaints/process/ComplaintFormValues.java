package org.highroad.complaints.process;

import static org.highroad.complaints.process.WorkerComplaintProcess.PROCESS_ID;
import static org.highroad.complaints.process.WorkerComplaintProcess.SHOWN_CLAIM;
import static org.highroad.complaints.process.WorkerComplaintProcess.TASK_SITE_VISIT;

import java.util.Map;
import org.highroad.complaints.WorkerComplaints;
import org.highroad.platform.process.TaskFormValues;
import org.springframework.stereotype.Component;

/**
 * The site visit's form shows the worker's claim priced week by week beside the certified payroll's rows for the
 * worker ({@link WorkerComplaints#claimBesidePayroll}), read from the complaints module each time the form is read:
 * names and amounts never become process variables (29 CFR 5.6(a)(5); ADR 0008).
 */
@Component
class ComplaintFormValues implements TaskFormValues {

    private final WorkerComplaints complaints;

    ComplaintFormValues(WorkerComplaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public String processDefinitionKey() {
        return PROCESS_ID;
    }

    @Override
    public Map<String, String> valuesFor(String taskDefinitionKey, String businessKey) {
        if (!TASK_SITE_VISIT.equals(taskDefinitionKey) || businessKey == null) {
            return Map.of();
        }
        return Map.of(SHOWN_CLAIM, complaints.claimBesidePayroll(Long.parseLong(businessKey)));
    }
}
