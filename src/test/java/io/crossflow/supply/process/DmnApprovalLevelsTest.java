package io.crossflow.supply.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision {@code approval-levels} on the DMN engine alone: one case per rule row (and the
 * edges of the amount bands); after all cases, every row of the table must have matched.
 */
class DmnApprovalLevelsTest {

    private static final Path MODEL = Path.of("processes/approval-levels.dmn");
    private static final Set<String> MATCHED = new LinkedHashSet<>();
    private static final List<String> LAST_MATCH = new ArrayList<>();

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheTable() throws IOException {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                LAST_MATCH.clear();
                for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
                    LAST_MATCH.add(rule.getId());
                    MATCHED.add(rule.getId());
                }
            }
        }));
        engine = configuration.buildEngine();
        try (InputStream in = Files.newInputStream(MODEL)) {
            decision = engine.parseDecision(Approval.DECISION_KEY, in);
        }
    }

    @ParameterizedTest(name = "{0} {1} needs {2} level(s), rule {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "PURCHASE, 0, 1, Rule_1",
                "PURCHASE, 9999.99, 1, Rule_1",
                "PURCHASE, 10000, 2, Rule_2",
                "PURCHASE, 99999.99, 2, Rule_2",
                "PURCHASE, 100000, 3, Rule_3",
                "CHANGE, 49999, 1, Rule_4",
                "CHANGE, 50000, 2, Rule_5",
                "BUDGET, 19999, 2, Rule_6",
                "BUDGET, 20000, 3, Rule_7",
                "TRAVEL, 10, 3, Rule_8",
                "PURCHASE, null, 3, Rule_8"
            })
    void picksTheLevelsFromTypeAndAmount(String type, Double amount, int levels, String rule) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Approval.TYPE, type);
        variables.put(Approval.AMOUNT, amount);

        Object result = engine.evaluateDecisionTable(decision, Variables.fromMap(variables))
                .getSingleEntry();

        assertThat(result).isEqualTo(levels);
        assertThat(LAST_MATCH).as("first matching row").startsWith(rule);
    }

    @AfterAll
    static void everyRuleRowMatchedAtLeastOnce() {
        Set<String> rows = ((DmnDecisionTableImpl) decision.getDecisionLogic())
                .getRules().stream()
                        .map(DmnDecisionTableRuleImpl::getId)
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(rows).hasSize(8);
        assertThat(MATCHED).as("rule rows hit by the cases").containsAll(rows);
    }
}
