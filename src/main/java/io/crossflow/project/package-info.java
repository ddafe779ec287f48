/**
 * Projects, the organisations and people taking part, the plan's work items, and
 * {@link io.crossflow.project.ProjectAccess}: the one policy that decides what a caller sees.
 */
package io.crossflow.project;
