package io.crossflow.project.web;

import io.crossflow.identity.CurrentUsers;
import io.crossflow.project.BudgetLine;
import io.crossflow.project.BudgetLines;
import io.crossflow.project.ProjectAccess;
import io.crossflow.shared.UserText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's budget lines; internal only (partners and customers get 404). */
@RestController
@RequestMapping("/api/projects/{projectId}/budget-lines")
class BudgetController {

    private final BudgetLines budget;
    private final ProjectAccess access;

    BudgetController(BudgetLines budget, ProjectAccess access) {
        this.budget = budget;
        this.access = access;
    }

    @GetMapping
    BudgetLines.Budget list(@PathVariable UUID projectId) {
        return budget.budget(access.standing(CurrentUsers.require(), projectId));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BudgetLine add(@PathVariable UUID projectId, @Valid @RequestBody NewLine body) {
        return budget.add(
                access.standing(CurrentUsers.require(), projectId),
                new BudgetLines.NewBudgetLine(
                        body.category(),
                        body.description(),
                        body.currency(),
                        body.planned(),
                        body.committed(),
                        body.actual()));
    }

    @PatchMapping("/{lineId}")
    BudgetLine update(@PathVariable UUID projectId, @PathVariable UUID lineId, @Valid @RequestBody LineChanges body) {
        return budget.update(
                access.standing(CurrentUsers.require(), projectId),
                lineId,
                new BudgetLines.BudgetChanges(
                        body.version(),
                        body.category(),
                        body.description(),
                        body.currency(),
                        body.planned(),
                        body.committed(),
                        body.actual()));
    }

    @DeleteMapping("/{lineId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID projectId, @PathVariable UUID lineId) {
        budget.delete(access.standing(CurrentUsers.require(), projectId), lineId);
    }

    record NewLine(
            @NotBlank @Size(max = 100) String category,
            @Size(max = 2000) String description,
            @NotBlank String currency,
            BigDecimal planned,
            BigDecimal committed,
            BigDecimal actual) {

        NewLine {
            category = UserText.name("category", category);
        }
    }

    record LineChanges(
            @NotNull(message = "is required: send the version you edited")
            Integer version,

            @Size(min = 1, max = 100) String category,
            @Size(max = 2000) String description,
            String currency,
            BigDecimal planned,
            BigDecimal committed,
            BigDecimal actual) {

        LineChanges {
            category = UserText.name("category", category);
        }
    }
}
