/**
 * Collaborative pages: rich-text project pages (requirements, minutes) that the team and the
 * customers or partners they are shared with edit together. Every save is a version; a save from
 * a stale version is refused with the other's change (409), never overwritten. Pages are indexed
 * for search and announce {@link io.crossflow.page.PageChanged}.
 */
package io.crossflow.page;
