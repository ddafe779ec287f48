package io.crossflow.shared;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The one rule for a time zone a person chooses (a tenant's, a user's): an IANA region id such as
 * {@code Asia/Shanghai} or {@code Europe/Berlin}, or {@code UTC}. Offsets ({@code +08:00}) and
 * abbreviations ({@code CST}) are refused: an offset knows no daylight saving time, and an
 * abbreviation means different zones in different countries.
 */
public final class TimeZoneNames {

    /** The field error for a zone that is not one. */
    public static final String INVALID = "Use a time-zone name such as Asia/Shanghai or Europe/Berlin.";

    private TimeZoneNames() {}

    public static boolean valid(String zone) {
        if (zone == null || zone.isEmpty() || !zone.contains("/") && !zone.equals("UTC")) {
            return false;
        }
        try {
            return ZoneId.getAvailableZoneIds().contains(ZoneId.of(zone).getId());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
