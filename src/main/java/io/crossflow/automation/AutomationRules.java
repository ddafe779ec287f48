package io.crossflow.automation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crossflow.identity.CurrentUser;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.Standing;
import io.crossflow.shared.ForbiddenException;
import io.crossflow.shared.NotFoundException;
import io.crossflow.shared.UserText;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's automation rules: managers create and disable them, the project's internal members
 * read them. Partners and customers never see rules (403 in a project they see, 404 for a rule).
 */
@Service
public class AutomationRules {

    private static final TypeReference<List<Condition>> CONDITIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ProjectAccess access;
    private final RuleValidator validator;
    private final ObjectMapper json;

    AutomationRules(JdbcClient jdbc, ProjectAccess access, RuleValidator validator, ObjectMapper json) {
        this.jdbc = jdbc;
        this.access = access;
        this.validator = validator;
        this.json = json;
    }

    /** A new, enabled rule; 403 unless the caller manages the project, 400 with field errors if it is invalid. */
    @Transactional
    public Rule create(Standing standing, NewRule rule) {
        if (!standing.internal() || !standing.manager()) {
            throw new ForbiddenException("Only the project's managers can add automation rules.");
        }
        validator.validate(standing.project(), rule);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into aut_rule (id, tenant_id, project_id, name, trigger, conditions, action, created_by)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?)
                        """)
                .params(
                        id,
                        standing.project().tenantId(),
                        standing.project().id(),
                        rule.name().trim(),
                        Trigger.valueOf(rule.trigger()).name(),
                        write(rule.conditions() == null ? List.of() : rule.conditions()),
                        write(rule.action()),
                        standing.user().id())
                .update();
        return find(standing.project().tenantId(), id).orElseThrow();
    }

    /** The project's rules; 403 for partners and customers. */
    @Transactional(readOnly = true)
    public List<Rule> list(Standing standing) {
        if (!standing.plans()) {
            throw new ForbiddenException("Only the project's internal members can see its automation rules.");
        }
        return jdbc.sql("select * from aut_rule where project_id = ? order by created_at, id")
                .param(standing.project().id())
                .query(mapper())
                .list();
    }

    /** Disables the rule; 404 unless the caller is an internal member of its project, 403 unless a manager. */
    @Transactional
    public Rule disable(CurrentUser user, UUID ruleId) {
        Rule rule = find(user.tenantId(), ruleId).orElseThrow(() -> new NotFoundException("Rule"));
        Standing standing = access.findStanding(user, rule.projectId())
                .filter(Standing::plans)
                .orElseThrow(() -> new NotFoundException("Rule"));
        if (!standing.manager()) {
            throw new ForbiddenException("Only the project's managers can disable automation rules.");
        }
        jdbc.sql("update aut_rule set enabled = false where id = ?")
                .param(ruleId)
                .update();
        return find(user.tenantId(), ruleId).orElseThrow();
    }

    /** The enabled rules of the project for the trigger, without access checks: for the rule engine. */
    public List<Rule> enabled(UUID projectId, Trigger trigger) {
        return jdbc.sql("select * from aut_rule where project_id = ? and trigger = ? and enabled order by created_at")
                .params(projectId, trigger.name())
                .query(mapper())
                .list();
    }

    public Optional<Rule> find(UUID tenantId, UUID ruleId) {
        return jdbc.sql("select * from aut_rule where tenant_id = ? and id = ?")
                .params(tenantId, ruleId)
                .query(mapper())
                .optional();
    }

    private RowMapper<Rule> mapper() {
        return (rs, i) -> new Rule(
                rs.getObject("id", UUID.class),
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("project_id", UUID.class),
                rs.getString("name"),
                Trigger.valueOf(rs.getString("trigger")),
                read(rs.getString("conditions"), CONDITIONS),
                read(rs.getString("action"), new TypeReference<RuleAction>() {}),
                rs.getBoolean("enabled"),
                rs.getObject("created_by", UUID.class),
                ((Timestamp) rs.getTimestamp("created_at")).toInstant());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A rule as a manager submits it; checked by {@link RuleValidator}. */
    public record NewRule(String name, String trigger, List<Condition> conditions, RuleAction action) {

        public NewRule {
            name = UserText.name("name", name, UserText.MAX_NAME);
        }
    }
}
