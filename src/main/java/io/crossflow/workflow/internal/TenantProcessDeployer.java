package io.crossflow.workflow.internal;

import io.crossflow.tenancy.Tenant;
import io.crossflow.tenancy.TenantCreated;
import io.crossflow.tenancy.Tenants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/} and {@code forms/} once per tenant, with the tenant id,
 * so every definition, instance and task carries it. All files go in one deployment so forms
 * version together with their processes; unchanged files create no new version.
 */
@Component
class TenantProcessDeployer {

    static final String DEPLOYMENT_NAME = "crossflow-models";
    private static final Logger log = LoggerFactory.getLogger(TenantProcessDeployer.class);

    private final RepositoryService repository;
    private final Tenants tenants;
    private final List<Resource> models;

    TenantProcessDeployer(RepositoryService repository, Tenants tenants) throws IOException {
        this.repository = repository;
        this.tenants = tenants;
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> found = new ArrayList<>();
        for (String pattern :
                List.of("classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:forms/*.form")) {
            found.addAll(List.of(resolver.getResources(pattern)));
        }
        this.models = List.copyOf(found);
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void deployForAllTenants() {
        tenants.all().stream().map(Tenant::id).forEach(this::deploy);
    }

    @EventListener
    void on(TenantCreated event) {
        deploy(event.tenantId());
    }

    void deploy(UUID tenantId) {
        if (models.isEmpty()) {
            return;
        }
        DeploymentBuilder deployment = repository
                .createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("crossflow")
                .tenantId(tenantId.toString())
                .enableDuplicateFiltering(false);
        for (Resource model : models) {
            String folder =
                    model.getFilename() != null && model.getFilename().endsWith(".form") ? "forms/" : "processes/";
            try (InputStream in = model.getInputStream()) {
                deployment.addInputStream(folder + model.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var result = deployment.deployWithResult();
        int changed = result.getDeployedProcessDefinitions() == null
                ? 0
                : result.getDeployedProcessDefinitions().size();
        log.info("Models of tenant {}: {} new process definition versions", tenantId, changed);
    }
}
