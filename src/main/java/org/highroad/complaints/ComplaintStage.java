package org.highroad.complaints;

import org.highroad.complaints.domain.WorkerComplaint;

/**
 * Where a complaint stands, as its receipt holder may learn it: received (waiting for an investigator), being
 * investigated (matched to a contract and compared with the certified payroll, a site visit or interview pending or a
 * finding recorded), or investigated (the site visit or interview done). Nothing more: no finding, amount or name.
 */
public enum ComplaintStage {
    RECEIVED, INVESTIGATING, INVESTIGATED;

    static ComplaintStage of(WorkerComplaint.Status status) {
        return switch (status) {
            case RECEIVED -> RECEIVED;
            case TRIAGED, FINDING_RECORDED, SITE_VISIT_PENDING -> INVESTIGATING;
            case VISITED -> INVESTIGATED;
        };
    }
}
