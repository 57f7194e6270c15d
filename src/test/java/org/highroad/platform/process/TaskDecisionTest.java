package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.highroad.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.operaton.bpm.engine.delegate.BpmnError;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.impl.identity.Authentication;

/** The step after a user task reads who decided from the engine's authentication, and refuses by a BPMN error. */
class TaskDecisionTest {

    private final DelegateExecution execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);

    private TaskDecision decidedBy(Authentication authentication) {
        when(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication()).thenReturn(authentication);
        return TaskDecision.of(execution, "refusal", "STEP_REFUSED");
    }

    @Test
    void whoDecidedHasTheirEngineGroupsAsRoles() {
        TaskDecision decision = decidedBy(new Authentication("olivia", List.of("procurementOfficers", "auditors", "vendor7")));

        assertThat(decision.userId()).isEqualTo("olivia");
        assertThat(decision.user().roles()).containsExactlyInAnyOrder(Role.PROCUREMENT_OFFICER, Role.AUDITOR);
        assertThat(decision.user().vendorId()).isNull();
        assertThat(decision.by(Role.PROCUREMENT_OFFICER)).isTrue();
        assertThat(decision.by(Role.ADMIN)).isFalse();
    }

    @Test
    void aUserWithoutGroupsHasNoRole() {
        TaskDecision decision = decidedBy(new Authentication("walk-in", null));

        assertThat(decision.user().roles()).isEmpty();
        assertThat(decision.by(Role.AUDITOR)).isFalse();
    }

    @Test
    void withNobodyAuthenticatedThereIsNoUserAndNoRole() {
        TaskDecision decision = decidedBy(null);

        assertThat(decision.user()).isNull();
        assertThat(decision.userId()).isNull();
        assertThat(decision.by(Role.ADMIN)).isFalse();
    }

    @Test
    void aRefusalIsShownToTheTaskAndSendsItBackWithTheProcesssErrorCode() {
        TaskDecision decision = decidedBy(new Authentication("ari", List.of("auditors")));

        assertThatThrownBy(() -> decision.refuseIf(Optional.of("a reason of at least 20 characters is required")))
                .isInstanceOfSatisfying(BpmnError.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("STEP_REFUSED");
                    assertThat(e.getMessage()).isEqualTo("a reason of at least 20 characters is required");
                });
        verify(execution).setVariable("refusal", "a reason of at least 20 characters is required");
    }

    @Test
    void noRefusalLetsTheDecisionBeRecordedAndClearingRemovesTheLastOne() {
        TaskDecision decision = decidedBy(new Authentication("ari", List.of("auditors")));

        decision.refuseIf(Optional.empty());
        verify(execution, never()).setVariable(ArgumentMatchers.eq("refusal"), ArgumentMatchers.any());

        decision.clearRefusal();
        verify(execution).setVariable("refusal", null);
    }

    @Test
    void aRefusalRecordIsShownAsItsText() {
        record Refusal(String field, String reason) {
            @Override
            public String toString() {
                return field + ": " + reason;
            }
        }
        TaskDecision decision = decidedBy(new Authentication("ari", List.of("auditors")));

        assertThatThrownBy(() -> decision.refuseIf(Optional.of(new Refusal("weekEnding", "is required"))))
                .isInstanceOf(BpmnError.class).hasMessage("weekEnding: is required");
        verify(execution).setVariable("refusal", "weekEnding: is required");
    }
}
