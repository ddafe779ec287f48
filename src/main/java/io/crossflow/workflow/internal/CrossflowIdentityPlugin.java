package io.crossflow.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link CrossflowIdentityProvider} as the engine's identity service (the starter picks up plugin beans). */
@Component
class CrossflowIdentityPlugin extends AbstractProcessEnginePlugin {

    private final EngineDirectory directory;

    CrossflowIdentityPlugin(EngineDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new CrossflowIdentityProvider.Factory(directory));
    }
}
