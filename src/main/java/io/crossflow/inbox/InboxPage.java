package io.crossflow.inbox;

import java.util.List;

/** One page of an inbox and the number of tasks on all pages. */
public record InboxPage(List<InboxItem> items, long total) {}
