package org.highroad.vendors.process;

import org.highroad.vendors.VendorQualifications;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code serviceTask_expireQualification}: after {@code timer_qualificationExpires} fires at the end of the last
 * qualified day, lapses the pre-qualification through the vendors module. Repeating it changes nothing, so a
 * retried job is safe.
 */
@Component(VendorQualificationProcess.DELEGATE_EXPIRE)
class ExpireQualification implements JavaDelegate {

    private final VendorQualifications qualifications;

    ExpireQualification(VendorQualifications qualifications) {
        this.qualifications = qualifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Number id = (Number) execution.getVariable(VendorQualificationProcess.VAR_QUALIFICATION_ID);
        qualifications.expire(id.longValue());
    }
}
