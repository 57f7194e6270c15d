package org.highroad.payroll;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link PayrollFollowUp#recover()} shortly after start-up and then every few minutes
 * ({@code highroad.payroll.recovery.first-after}, default 30 s; {@code .every}, default 5 min), so that a payroll left
 * unchecked by a crash, or whose review process was not told, is taken up without an auditor. On wherever the engine's
 * job executor runs ({@code highroad.payroll.recovery.enabled} defaults to {@code operaton.bpm.job-execution.enabled});
 * the tests, which drive jobs by hand, call the recovery themselves. Several nodes may run it: the week's lock keeps them
 * apart and each step is idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${highroad.payroll.recovery.enabled:${operaton.bpm.job-execution.enabled:true}}")
class PayrollRecoverySchedule {

    private final PayrollFollowUp followUp;

    PayrollRecoverySchedule(PayrollFollowUp followUp) {
        this.followUp = followUp;
    }

    @Scheduled(initialDelayString = "${highroad.payroll.recovery.first-after:PT30S}",
            fixedDelayString = "${highroad.payroll.recovery.every:PT5M}")
    void recover() {
        followUp.recover();
    }
}
