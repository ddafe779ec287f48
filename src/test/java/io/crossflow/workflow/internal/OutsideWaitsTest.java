package io.crossflow.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crossflow.workflow.ModelProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every step of the shipped processes that waits on a partner or a customer has a reminder and an
 * escalation, and the modeler's "partner task without a timer" warning never fires for them.
 */
class OutsideWaitsTest {

    /** Candidate groups and users that name an outside party (or may: the routed partner). */
    private static final Set<String> OUTSIDE = Set.of(
            "org:${partnerOrganisationId}",
            "org:${supplierOrganisationId}",
            "${assessorGroup}",
            "${customerGroup}",
            "${level1Group}",
            "${reporterUserId}");

    /** The steps expected to wait outside, per process: a model change that adds one adds it here. */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "work-package-handoff", Set.of("AcceptWorkPackage", "DeliverWorkPackage"),
            "supplier-order", Set.of("ConfirmOrder", "SubmitQcReport", "ShipOrder"),
            "change-request", Set.of("AssessImpact", "CustomerSignOff"),
            "issue-escalation", Set.of("ResolveAtLevel1", "ConfirmResolution"),
            "support-request", Set.of("ConfirmSupportAnswer"),
            "approval", Set.of());

    /** Beans whose path tells the waiting party again; every other timer path tells someone else or ends the wait. */
    private static final Set<String> REMINDERS =
            Set.of("${remindOutsideWait}", "${remindSupplierToConfirm}", "${remindPartnerBeforeDue}");

    @Test
    void everyStepWaitingOnAPartnerOrCustomerIsRemindedAndEscalated() throws IOException {
        Map<String, String> models = shippedModels();
        assertThat(models.keySet()).containsAll(EXPECTED.keySet());
        for (Map.Entry<String, String> model : models.entrySet()) {
            BpmnModelInstance instance = Bpmn.readModelFromStream(
                    new ByteArrayInputStream(model.getValue().getBytes(StandardCharsets.UTF_8)));
            List<String> outside = new ArrayList<>();
            for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
                if (!waitsOutside(task)) {
                    continue;
                }
                outside.add(task.getId());
                List<BoundaryEvent> timers = instance.getModelElementsByType(BoundaryEvent.class).stream()
                        .filter(b -> b.getAttachedTo() == task)
                        .filter(b -> b.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                        .toList();
                String step = model.getKey() + "/" + task.getId();
                assertThat(timers)
                        .as("%s: a non-interrupting reminder to the waiting party", step)
                        .anySatisfy(timer -> {
                            assertThat(timer.cancelActivity()).isFalse();
                            assertThat(REMINDERS).contains(bean(timer));
                        });
                assertThat(timers)
                        .as("%s: an escalation (to the managers, the next level) or the end of the wait", step)
                        .anySatisfy(timer -> assertThat(REMINDERS).doesNotContain(bean(timer)));
            }
            if (EXPECTED.containsKey(model.getKey())) {
                assertThat(outside)
                        .as(model.getKey())
                        .containsExactlyInAnyOrderElementsOf(EXPECTED.get(model.getKey()));
            }
        }
    }

    @Test
    void theModelersPartnerTimerWarningNeverFiresForAShippedModel() throws IOException {
        ModelValidator validator = ModelValidator.fromOwnModels(name -> true);
        for (Map.Entry<String, String> model : shippedModels().entrySet()) {
            List<ModelProblem> warnings =
                    validator.validate(model.getValue()).result().warnings();
            assertThat(warnings).as(model.getKey()).noneMatch(w -> w.message().contains("without any timer"));
        }
    }

    @Test
    void theWarningFiresForAPartnerStepWithoutATimer() {
        String xml = io.crossflow.workflow.ProcessModelFixture.model("no-timer", """
                <bpmn:userTask id="Deliver" name="Deliver" camunda:candidateGroups="org:${partnerOrganisationId}"/>
                """);
        assertThat(ModelValidator.fromOwnModels(name -> true)
                        .validate(xml)
                        .result()
                        .warnings())
                .anySatisfy(w -> {
                    assertThat(w.elementId()).isEqualTo("Deliver");
                    assertThat(w.message()).contains("without any timer");
                });
    }

    private static boolean waitsOutside(UserTask task) {
        List<String> who = new ArrayList<>();
        if (task.getCamundaCandidateGroups() != null) {
            who.addAll(List.of(task.getCamundaCandidateGroups().split(",")));
        }
        if (task.getCamundaCandidateUsers() != null) {
            who.addAll(List.of(task.getCamundaCandidateUsers().split(",")));
        }
        return who.stream().map(String::trim).anyMatch(g -> OUTSIDE.contains(g) || g.startsWith("org:"));
    }

    /** The delegate expression of the service task the timer leads to, or "" when it leads elsewhere. */
    private static String bean(BoundaryEvent timer) {
        return timer.getOutgoing().stream()
                .map(flow -> flow.getTarget())
                .filter(ServiceTask.class::isInstance)
                .map(target -> ((ServiceTask) target).getCamundaDelegateExpression())
                .findFirst()
                .orElse("");
    }

    private static Map<String, String> shippedModels() throws IOException {
        Map<String, String> models = new LinkedHashMap<>();
        for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
            try (InputStream in = model.getInputStream()) {
                models.put(
                        model.getFilename().replace(".bpmn", ""),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return models;
    }
}
