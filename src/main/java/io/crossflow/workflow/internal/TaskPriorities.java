package io.crossflow.workflow.internal;

import io.crossflow.workflow.BusinessObject;
import io.crossflow.workflow.BusinessObjectChanged;
import io.crossflow.workflow.BusinessObjects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the open tasks of an object at the object's priority. A new task takes it in
 * {@link TaskEventBridge}; when the object's priority changes later, its open tasks are set to the
 * new one here, and the engine's update event rewrites their inbox rows.
 */
@Component
class TaskPriorities {

    private final TaskService tasks;
    private final BusinessObjects objects;

    TaskPriorities(TaskService tasks, BusinessObjects objects) {
        this.tasks = tasks;
        this.objects = objects;
    }

    @EventListener
    void on(BusinessObjectChanged event) {
        BusinessObject object =
                objects.resolve(event.tenantId(), event.objectId().toString()).orElse(null);
        if (object == null || object.priority() == null) {
            return;
        }
        for (Task task : tasks.createTaskQuery()
                .tenantIdIn(event.tenantId().toString())
                .processInstanceBusinessKey(event.objectId().toString())
                .list()) {
            if (task.getPriority() != object.priority()) {
                tasks.setPriority(task.getId(), object.priority());
            }
        }
    }
}
