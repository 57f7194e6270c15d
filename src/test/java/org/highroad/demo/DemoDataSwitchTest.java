package org.highroad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Demo data (and so the demo users and their known password) exists only when the property turns it on. */
class DemoDataSwitchTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withBean(DemoData.class, () -> Mockito.mock(DemoData.class))
            .withBean(DemoScenario.class, () -> Mockito.mock(DemoScenario.class))
            .withUserConfiguration(DemoDataLoader.class);

    @Test
    void loaderIsAbsentWhenDemoDataIsOff() {
        runner.withPropertyValues("highroad.demo-data.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(DemoDataLoader.class));
    }

    @Test
    void loaderIsAbsentUnlessDemoDataIsSwitchedOn() {
        runner.run(context -> assertThat(context).doesNotHaveBean(DemoDataLoader.class));
    }

    @Test
    void loaderIsPresentWhenDemoDataIsOn() {
        runner.withPropertyValues("highroad.demo-data.enabled=true")
                .run(context -> assertThat(context).hasSingleBean(DemoDataLoader.class));
    }
}
