package org.highroad.demo;

import java.util.Set;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.standards.StandardVersionAdopted;
import org.highroad.subsidies.NewProgram;
import org.highroad.subsidies.SubsidyPrograms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo's wage-subsidy program: once an administrator adopts the demo's {@code WIOA-OJT-SUBSIDY} standard (a program
 * is pinned to an adopted version), the program {@value #CODE} is created from the {@code wioa-ojt} program preset, so
 * a new user finds one to apply to. After the adoption commits and in a transaction of its own: the adoption never
 * depends on it.
 */
@Component
@ConditionalOnProperty(name = "highroad.demo-data.enabled", havingValue = "true")
class DemoProgram {

    static final String CODE = "DEMO-OJT";
    static final String STANDARD = "WIOA-OJT-SUBSIDY";
    private static final Logger log = LoggerFactory.getLogger(DemoProgram.class);
    private static final HighroadUser LOADER = new HighroadUser(HighroadUser.DEMO_DATA_ID, Set.of(Role.WORKFORCE_STAFF), null);

    private final SubsidyPrograms programs;

    DemoProgram(SubsidyPrograms programs) {
        this.programs = programs;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(StandardVersionAdopted adopted) {
        if (!STANDARD.equals(adopted.standardCode()) || adopted.version() != 1 || programs.exists(CODE)) {
            return;
        }
        programs.create(new NewProgram(CODE, "Demo City on-the-job training (WIOA OJT)", STANDARD, 1, "wioa-ojt", null), LOADER);
        log.info("Demo wage-subsidy program {} created on the adopted {} version 1", CODE, STANDARD);
    }
}
