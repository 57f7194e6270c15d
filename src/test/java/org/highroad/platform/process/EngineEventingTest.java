package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine does not publish its execution, task and history events as Spring events (application.yaml,
 * {@code operaton.bpm.eventing}): nothing in Highroad listens to them, and every job would pay for them.
 */
class EngineEventingTest extends ApiTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void noExecutionTaskOrHistoryEventIsPublishedAsASpringEvent() {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(names(config.getCustomPreBPMNParseListeners())).noneMatch(n -> n.contains("PublishDelegateParseListener"));
        assertThat(names(config.getCustomPostBPMNParseListeners())).noneMatch(n -> n.contains("PublishDelegateParseListener"));
        assertThat(names(config.getCustomHistoryEventHandlers())).noneMatch(n -> n.contains("PublishHistoryEventHandler"));
        assertThat(names(config.getCustomPostBPMNParseListeners())).as("new-task notices are an engine listener, kept")
                .anyMatch(n -> n.contains("NewTaskNotices"));
    }

    private static List<String> names(List<?> objects) {
        return objects == null ? List.of() : objects.stream().filter(Objects::nonNull).map(o -> o.getClass().getName()).toList();
    }
}
