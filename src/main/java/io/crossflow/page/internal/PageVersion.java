package io.crossflow.page.internal;

import java.time.Instant;
import java.util.UUID;

/** One saved version of a page: versions are numbered from 1 and never change. */
public record PageVersion(int version, String title, String content, UUID savedBy, Instant savedAt) {}
