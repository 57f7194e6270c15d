package org.highroad.payroll.process;

import static org.highroad.payroll.process.CertifiedPayrollReviewProcess.*;

import java.time.LocalDate;
import org.highroad.payroll.PayrollCompliance;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The certified-payroll-review delegate: reads the week's ids, asks {@link PayrollCompliance}, writes one flag. */
@Configuration
class CertifiedPayrollReviewDelegates {

    @Bean(DELEGATE_RECORD_LATE)
    JavaDelegate recordLateReport(PayrollCompliance compliance) {
        return execution -> {
            boolean late = compliance.recordLateReport(((Number) execution.getVariable(VAR_CONTRACT_ID)).longValue(),
                    ((Number) execution.getVariable(VAR_VENDOR_ID)).longValue(),
                    LocalDate.parse((String) execution.getVariable(VAR_WEEK_ENDING)),
                    LocalDate.parse((String) execution.getVariable(VAR_DUE_ON)));
            execution.setVariable(VAR_LATE, late);
        };
    }
}
