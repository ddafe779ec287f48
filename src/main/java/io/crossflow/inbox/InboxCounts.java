package io.crossflow.inbox;

/**
 * The caller's open tasks counted by the inbox rule: all of them, those assigned to the caller,
 * those past their due time, and those due later today (not yet overdue).
 */
public record InboxCounts(long all, long assignedToMe, long overdue, long dueToday) {}
