package org.highroad.platform.operations;

import org.slf4j.MDC;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * A correlation id on work no request started: each batch of jobs the engine's job executor runs ({@code job-…}, on
 * its task executor, {@code operatonTaskExecutor}) and each run of a scheduled task ({@code task-…}). The engine adds
 * the process instance and activity of each job to the logging context itself, so a job's lines name both.
 */
@Component
class CorrelatedTasks implements BeanPostProcessor {

    static final String ENGINE_TASK_EXECUTOR = "operatonTaskExecutor";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof ThreadPoolTaskExecutor executor && ENGINE_TASK_EXECUTOR.equals(beanName)) {
            executor.setTaskDecorator(correlated("job-"));
        } else if (bean instanceof ThreadPoolTaskScheduler scheduler) {
            scheduler.setTaskDecorator(correlated("task-"));
        }
        return bean;
    }

    static TaskDecorator correlated(String prefix) {
        return runnable -> () -> {
            String outer = MDC.get(CorrelationIds.MDC_KEY);
            MDC.put(CorrelationIds.MDC_KEY, CorrelationIds.newId(prefix));
            try {
                runnable.run();
            } finally {
                if (outer == null) {
                    MDC.remove(CorrelationIds.MDC_KEY);
                } else {
                    MDC.put(CorrelationIds.MDC_KEY, outer);
                }
            }
        };
    }
}
