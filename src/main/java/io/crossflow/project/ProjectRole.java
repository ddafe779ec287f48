package io.crossflow.project;

/** The role of an internal user in a project. A manager is also a member. */
public enum ProjectRole {
    MANAGER,
    MEMBER
}
