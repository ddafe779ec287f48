package io.crossflow.workflow.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who deployed which Camunda deployment ({@code wfl_deployment}); deployments without a row were the system's. */
@Component
public class DeploymentRecords {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    DeploymentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(
            String deploymentId, UUID tenantId, String processKey, UUID userId, String userName, Integer from) {
        jdbc.sql("""
                        insert into wfl_deployment (deployment_id, tenant_id, process_key, deployed_by, deployed_by_name,
                                                    redeployed_from)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(deploymentId, tenantId, processKey, userId, userName, from)
                .update();
    }

    /** Deployment id → who deployed it, for the given ids; the system's are missing. */
    public Map<String, String> deployers(Collection<String> deploymentIds) {
        if (deploymentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select deployment_id, deployed_by_name from wfl_deployment where deployment_id in (:ids)")
                .param("ids", List.copyOf(deploymentIds))
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
