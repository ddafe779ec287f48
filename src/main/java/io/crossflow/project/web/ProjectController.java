package io.crossflow.project.web;

import io.crossflow.identity.CurrentUser;
import io.crossflow.identity.CurrentUsers;
import io.crossflow.project.ParticipantRole;
import io.crossflow.project.Project;
import io.crossflow.project.ProjectAccess;
import io.crossflow.project.ProjectRole;
import io.crossflow.project.Projects;
import io.crossflow.project.Standing;
import io.crossflow.shared.UserText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final Projects projects;
    private final ProjectAccess access;

    ProjectController(Projects projects, ProjectAccess access) {
        this.projects = projects;
        this.access = access;
    }

    @GetMapping
    List<ProjectDto> list() {
        CurrentUser user = CurrentUsers.require();
        return projects.visibleTo(user).stream()
                .map(p -> ProjectDto.of(access.standing(user, p.id())))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectDto create(@Valid @RequestBody CreateProject body) {
        CurrentUser user = CurrentUsers.require();
        Project project = projects.create(
                user,
                new Projects.NewProject(
                        body.key(), body.name(), body.description(), body.plannedStart(), body.plannedEnd()));
        return ProjectDto.of(access.standing(user, project.id()));
    }

    @GetMapping("/{projectId}")
    ProjectDto get(@PathVariable UUID projectId) {
        return ProjectDto.of(access.standing(CurrentUsers.require(), projectId));
    }

    @GetMapping("/{projectId}/participants")
    List<Projects.Participant> participants(@PathVariable UUID projectId) {
        return projects.participants(access.standing(CurrentUsers.require(), projectId));
    }

    @PostMapping("/{projectId}/participants")
    @ResponseStatus(HttpStatus.CREATED)
    Projects.Participant addParticipant(@PathVariable UUID projectId, @Valid @RequestBody AddParticipant body) {
        Standing standing = access.standing(CurrentUsers.require(), projectId);
        return projects.addParticipant(standing, body.organisationId(), body.role());
    }

    @GetMapping("/{projectId}/members")
    List<Projects.Member> members(@PathVariable UUID projectId) {
        return projects.members(access.standing(CurrentUsers.require(), projectId));
    }

    @PostMapping("/{projectId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    Projects.Member addMember(@PathVariable UUID projectId, @Valid @RequestBody AddMember body) {
        Standing standing = access.standing(CurrentUsers.require(), projectId);
        return projects.addMember(standing, body.userId(), body.role());
    }

    @GetMapping("/{projectId}/staffing-options")
    Projects.StaffingOptions staffingOptions(@PathVariable UUID projectId) {
        return projects.staffingOptions(access.standing(CurrentUsers.require(), projectId));
    }

    @DeleteMapping("/{projectId}/participants/{organisationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeParticipant(@PathVariable UUID projectId, @PathVariable UUID organisationId) {
        projects.removeParticipant(access.standing(CurrentUsers.require(), projectId), organisationId);
    }

    @DeleteMapping("/{projectId}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable UUID projectId, @PathVariable UUID userId) {
        projects.removeMember(access.standing(CurrentUsers.require(), projectId), userId);
    }

    record CreateProject(
            @Size(max = 20) @Pattern(regexp = "[A-Za-z0-9-]*", message = "may contain only letters, digits and '-'")
            String key,

            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            LocalDate plannedStart,
            LocalDate plannedEnd) {

        CreateProject {
            name = UserText.name("name", name);
        }
    }

    record AddParticipant(
            @NotNull UUID organisationId, @NotNull ParticipantRole role) {}

    record AddMember(@NotNull UUID userId, @NotNull ProjectRole role) {}

    /** A project as the caller sees it, with the caller's own role in it. */
    record ProjectDto(
            UUID id,
            String key,
            String name,
            String description,
            String status,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String myRole) {

        static ProjectDto of(Standing standing) {
            Project p = standing.project();
            String role = standing.memberRole()
                    .map(Enum::name)
                    .orElse(standing.participantRole().map(Enum::name).orElse("ADMIN"));
            return new ProjectDto(
                    p.id(), p.key(), p.name(), p.description(), p.status(), p.plannedStart(), p.plannedEnd(), role);
        }
    }
}
