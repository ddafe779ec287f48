package io.crossflow.system.internal;

import io.crossflow.system.SystemProperties;
import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run {@code @ApplicationModuleListener}s (docs/adr/0003-durable-event-handover.md).
 * A bounded pool of its own, so listeners never take request threads and never more connections than
 * {@link ConnectionBudget} counts. A listener starts when the publishing transaction has committed and
 * its request has let go of its connection. A hand-over the full queue refuses is not lost: its
 * publication row stays in the registry and {@link EventResubmission} hands it over again.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventHandover implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventHandover.class);

    private final SystemProperties.Events settings;
    private final ThreadPoolTaskExecutor listeners;

    EventHandover(SystemProperties properties) {
        this.settings = properties.events();
        this.listeners = listenerExecutor(settings);
    }

    @Bean
    ThreadPoolTaskExecutor eventListenerExecutor() {
        return listeners;
    }

    @Override
    public Executor getAsyncExecutor() {
        return listeners;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        // the registry keeps the publication incomplete and the listener recorded what it needs to;
        // a stack trace per retry would drown the log
        return (Throwable e, Method method, Object... params) -> log.warn(
                "Event listener {}.{} failed, its hand-over stays incomplete and is resubmitted: {}",
                method.getDeclaringClass().getSimpleName(),
                method.getName(),
                e.toString());
    }

    private static ThreadPoolTaskExecutor listenerExecutor(SystemProperties.Events settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("event-");
        executor.setCorePoolSize(settings.listenerThreads());
        executor.setMaxPoolSize(settings.listenerThreads());
        executor.setQueueCapacity(settings.queueCapacity());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        // never CallerRuns: the caller is a request thread still holding its connection
        executor.setRejectedExecutionHandler(new java.util.concurrent.ThreadPoolExecutor.AbortPolicy());
        return executor;
    }

    /** How many hand-overs wait for a listener thread; the resubmission holds back while many do. */
    int queued() {
        return listeners.getQueueSize();
    }

    int queueCapacity() {
        return settings.queueCapacity();
    }
}
