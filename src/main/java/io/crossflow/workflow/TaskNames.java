package io.crossflow.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.NativeHistoricTaskInstanceQuery;
import org.springframework.stereotype.Service;

/**
 * The names of tasks, open or ended, in the reader's language, looked up many at a time: for
 * naming tasks in lists of entries about them (the project activity) without a query per task.
 */
@Service
public class TaskNames {

    /** Engine history queries take their ids as bind parameters; keep one statement's list modest. */
    private static final int CHUNK = 200;

    private final HistoryService history;
    private final ManagementService management;
    private final LocalizedNames names;

    TaskNames(HistoryService history, ManagementService management, LocalizedNames names) {
        this.history = history;
        this.management = management;
        this.names = names;
    }

    /** Task id → its name in {@code locale} (the model's name when it has none in that language). */
    public Map<String, String> of(java.util.UUID tenantId, Collection<String> taskIds, Locale locale) {
        Map<String, String> result = new HashMap<>();
        List<String> ids = new ArrayList<>(taskIds);
        String table = management.getTableName(HistoricTaskInstance.class);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                in.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
            }
            NativeHistoricTaskInstanceQuery query = history.createNativeHistoricTaskInstanceQuery()
                    .sql("select * from " + table + " where TENANT_ID_ = #{tenant} and ID_ in (" + in + ")")
                    .parameter("tenant", tenantId.toString());
            for (int i = 0; i < chunk.size(); i++) {
                query = query.parameter("id" + i, chunk.get(i));
            }
            for (HistoricTaskInstance task : query.list()) {
                result.put(
                        task.getId(),
                        names.name(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), locale, task.getName()));
            }
        }
        return result;
    }
}
