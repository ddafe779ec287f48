package io.crossflow.workflow.internal;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's {@link ModelValidator}: its allow-list derived from our own models and beans. */
@Configuration(proxyBeanMethods = false)
class ModelValidatorConfiguration {

    @Bean
    ModelValidator modelValidator(ListableBeanFactory beans) {
        return ModelValidator.fromOwnModels(beans::containsBean);
    }
}
