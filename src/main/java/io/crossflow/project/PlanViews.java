package io.crossflow.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read views of a project's plan as the caller's {@link Standing} allows: the Gantt chart (tree
 * order, baseline, dependencies), the board (columns by status) and the progress summary.
 */
@Service
public class PlanViews {

    private static final Comparator<WorkItem> SIBLING_ORDER = Comparator.comparingInt(WorkItem::order)
            .thenComparing(WorkItem::plannedStart, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::title);

    private final JdbcClient jdbc;
    private final Dependencies dependencies;
    private final MilestoneAcceptances acceptances;

    PlanViews(JdbcClient jdbc, Dependencies dependencies, MilestoneAcceptances acceptances) {
        this.jdbc = jdbc;
        this.dependencies = dependencies;
        this.acceptances = acceptances;
    }

    /**
     * The rows of a Gantt chart, parents before their children and siblings in their order. A
     * partner also gets the ancestors of its items as title-only context rows; dependencies are
     * listed only between items the caller sees.
     */
    @Transactional(readOnly = true)
    public List<GanttRow> gantt(Standing standing) {
        List<WorkItem> all = itemsOf(standing);
        Set<UUID> context = standing.contextOf(all);
        Set<UUID> shown = new HashSet<>(context);
        all.stream().filter(standing::sees).forEach(i -> shown.add(i.id()));
        Map<UUID, List<UUID>> predecessors =
                dependencies.predecessorsIn(standing.project().id());
        List<GanttRow> rows = new ArrayList<>();
        for (WorkItem item : treeOrder(all, shown)) {
            UUID parent = shown.contains(item.parentId()) ? item.parentId() : null;
            if (context.contains(item.id())) {
                rows.add(GanttRow.context(item, parent));
            } else {
                List<UUID> visiblePredecessors = predecessors.getOrDefault(item.id(), List.of()).stream()
                        .filter(p -> shown.contains(p) && !context.contains(p))
                        .toList();
                rows.add(GanttRow.of(item, parent, visiblePredecessors));
            }
        }
        return rows;
    }

    /** The board: one column per status, in workflow order, with the visible items as cards. */
    @Transactional(readOnly = true)
    public List<BoardColumn> board(Standing standing) {
        List<WorkItem> visible = itemsOf(standing).stream()
                .filter(standing::sees)
                .sorted(SIBLING_ORDER)
                .toList();
        return Arrays.stream(WorkItemStatus.values())
                .map(status -> new BoardColumn(
                        status,
                        visible.stream().filter(i -> i.status() == status).toList()))
                .toList();
    }

    /**
     * Progress weighted by planned duration: each leaf item (no children) that is not a milestone
     * counts with its planned days (1 without dates). Milestones with planned, baseline and actual dates.
     */
    @Transactional(readOnly = true)
    public Progress progress(Standing standing) {
        List<WorkItem> all = itemsOf(standing);
        Set<UUID> parents = new HashSet<>();
        all.forEach(i -> parents.add(i.parentId()));
        long weight = 0;
        long done = 0;
        int counted = 0;
        for (WorkItem item : all) {
            if (!standing.countsTowardsProgress(item) || item.milestone() || parents.contains(item.id())) {
                continue;
            }
            long days = item.plannedDays() == null ? 1 : item.plannedDays();
            weight += days;
            done += days * item.progress();
            counted++;
        }
        BigDecimal percent = weight == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(done).divide(BigDecimal.valueOf(weight), 1, RoundingMode.HALF_UP);
        List<WorkItem> shownMilestones = all.stream()
                .filter(WorkItem::milestone)
                .filter(standing::sees)
                .sorted(Comparator.comparing(WorkItem::plannedEnd, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<UUID, MilestoneAcceptance> decisions = acceptances.latest(
                standing.project().tenantId(),
                shownMilestones.stream().map(WorkItem::id).toList());
        List<Milestone> milestones = shownMilestones.stream()
                .map(m -> Milestone.of(m, decisions.get(m.id())))
                .toList();
        return new Progress(standing.project().id(), percent, counted, milestones);
    }

    private List<WorkItem> itemsOf(Standing standing) {
        return jdbc.sql("select * from prj_work_item where tenant_id = ? and project_id = ?")
                .params(standing.project().tenantId(), standing.project().id())
                .query(WorkItems.WORK_ITEM)
                .list();
    }

    /** Depth-first: each shown item followed by its shown descendants; items whose parent is not shown are roots. */
    private static List<WorkItem> treeOrder(List<WorkItem> all, Set<UUID> shown) {
        Map<UUID, List<WorkItem>> children = new HashMap<>();
        List<WorkItem> roots = new ArrayList<>();
        for (WorkItem item : all) {
            if (!shown.contains(item.id())) {
                continue;
            }
            if (item.parentId() != null && shown.contains(item.parentId())) {
                children.computeIfAbsent(item.parentId(), k -> new ArrayList<>())
                        .add(item);
            } else {
                roots.add(item);
            }
        }
        List<WorkItem> ordered = new ArrayList<>();
        roots.sort(SIBLING_ORDER);
        roots.forEach(root -> append(root, children, ordered));
        return ordered;
    }

    private static void append(WorkItem item, Map<UUID, List<WorkItem>> children, List<WorkItem> ordered) {
        ordered.add(item);
        List<WorkItem> own = children.getOrDefault(item.id(), new ArrayList<>());
        own.sort(SIBLING_ORDER);
        own.forEach(child -> append(child, children, ordered));
    }

    /**
     * One row of the Gantt chart (frappe-gantt names: id, name, start, end, progress, dependencies).
     * A context row ({@code context} true) carries only id, name and parent.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GanttRow(
            UUID id,
            String name,
            UUID parent,
            boolean context,
            Integer order,
            LocalDate start,
            LocalDate end,
            Integer progress,
            List<UUID> dependencies,
            LocalDate baselineStart,
            LocalDate baselineEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            Boolean milestone,
            WorkItemStatus status,
            UUID assigneeUserId,
            UUID assigneeOrganisationId,
            Integer version) {

        static GanttRow of(WorkItem i, UUID parent, List<UUID> dependencies) {
            return new GanttRow(
                    i.id(),
                    i.title(),
                    parent,
                    false,
                    i.order(),
                    i.plannedStart(),
                    i.plannedEnd(),
                    i.progress(),
                    dependencies,
                    i.baselineStart(),
                    i.baselineEnd(),
                    i.actualStart(),
                    i.actualEnd(),
                    i.milestone(),
                    i.status(),
                    i.assigneeUserId(),
                    i.assigneeOrganisationId(),
                    i.version());
        }

        static GanttRow context(WorkItem i, UUID parent) {
            return new GanttRow(
                    i.id(), i.title(), parent, true, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null);
        }
    }

    /** A board column: the visible items of one status, in sibling order. */
    public record BoardColumn(WorkItemStatus status, List<WorkItem> cards) {}

    /** Overall progress in percent (one decimal), the number of items counted, and the milestones. */
    public record Progress(UUID projectId, BigDecimal percentDone, int itemsCounted, List<Milestone> milestones) {}

    /** A milestone's dates: planned, as in the saved baseline, and actual (null until reached). */
    /**
     * A milestone of the progress view. {@code acceptance} is the customer's newest decision on it
     * (absent before any): with the status it gives the one state a customer reads (delivered and
     * awaiting acceptance, accepted, refused and in rework, delivered again).
     */
    public record Milestone(
            UUID id,
            String title,
            WorkItemStatus status,
            LocalDate plannedDate,
            LocalDate baselineDate,
            LocalDate actualDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) MilestoneAcceptance acceptance) {

        static Milestone of(WorkItem i, MilestoneAcceptance acceptance) {
            return new Milestone(
                    i.id(), i.title(), i.status(), i.plannedEnd(), i.baselineEnd(), i.actualEnd(), acceptance);
        }
    }
}
