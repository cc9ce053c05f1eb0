package dev.kiln.runtime.builtins.numbers;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * 21.4.1 the abstract operations on time values: the proleptic Gregorian calendar in
 * milliseconds since the epoch, as doubles where the spec computes in floating point (MakeTime,
 * MakeDate) and exactly elsewhere. The host's time zone comes from java.time, with the rules of
 * the IANA database that the JDK carries.
 */
public final class DateOperations {
    private DateOperations() {}

    // 21.4.1.2 Time-related Constants
    public static final double MS_PER_SECOND = 1000;
    public static final double MS_PER_MINUTE = 60000;
    public static final double MS_PER_HOUR = 3600000;
    public static final double MS_PER_DAY = 86400000;

    /** 21.4.1.1 the largest magnitude of a time value: 100,000,000 days. */
    public static final double MAX_TIME = 8.64e15;

    /** Days before the first of each month, in a common year and in a leap year. */
    private static final int[] CUMULATIVE_DAYS = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
    private static final int[] CUMULATIVE_DAYS_LEAP = {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366};

    /** 21.4.1.3 Day */
    public static double day(double t) {
        return Math.floor(t / MS_PER_DAY);
    }

    /** 21.4.1.4 TimeWithinDay */
    public static double timeWithinDay(double t) {
        return modulo(t, MS_PER_DAY);
    }

    /** 21.4.1.5 DaysInYear */
    public static int daysInYear(double y) {
        if (y % 400 == 0) return 366;
        if (y % 100 == 0) return 365;
        if (y % 4 == 0) return 366;
        return 365;
    }

    /** 21.4.1.6 DayFromYear */
    public static double dayFromYear(double y) {
        return 365 * (y - 1970) + Math.floor((y - 1969) / 4) - Math.floor((y - 1901) / 100) + Math.floor((y - 1601) / 400);
    }

    /** 21.4.1.7 TimeFromYear */
    public static double timeFromYear(double y) {
        return MS_PER_DAY * dayFromYear(y);
    }

    /** 21.4.1.8 YearFromTime: estimated from the mean year, then corrected. */
    public static double yearFromTime(double t) {
        double y = Math.floor(t / (MS_PER_DAY * 365.2425)) + 1970;
        while (timeFromYear(y) > t) y--;
        while (timeFromYear(y + 1) <= t) y++;
        return y;
    }

    /** 21.4.1.9 DayWithinYear */
    public static double dayWithinYear(double t) {
        return day(t) - dayFromYear(yearFromTime(t));
    }

    /** 21.4.1.10 InLeapYear: 1 in a leap year, else 0. */
    public static int inLeapYear(double t) {
        return daysInYear(yearFromTime(t)) == 366 ? 1 : 0;
    }

    /** 21.4.1.11 MonthFromTime: 0 for January to 11 for December. */
    public static int monthFromTime(double t) {
        return monthOfDay((int) dayWithinYear(t), inLeapYear(t) == 1);
    }

    private static int monthOfDay(int dayWithinYear, boolean leap) {
        int[] cumulative = leap ? CUMULATIVE_DAYS_LEAP : CUMULATIVE_DAYS;
        int month = 0;
        while (dayWithinYear >= cumulative[month + 1]) month++;
        return month;
    }

    /** 21.4.1.12 DateFromTime: the day of the month, 1 to 31. */
    public static int dateFromTime(double t) {
        boolean leap = inLeapYear(t) == 1;
        int dayWithinYear = (int) dayWithinYear(t);
        int month = monthOfDay(dayWithinYear, leap);
        return dayWithinYear - (leap ? CUMULATIVE_DAYS_LEAP : CUMULATIVE_DAYS)[month] + 1;
    }

    /** 21.4.1.13 WeekDay: 0 for Sunday to 6 for Saturday. */
    public static int weekDay(double t) {
        return (int) modulo(day(t) + 4, 7);
    }

    /** 21.4.1.14 HourFromTime */
    public static int hourFromTime(double t) {
        return (int) modulo(Math.floor(t / MS_PER_HOUR), 24);
    }

    /** 21.4.1.15 MinFromTime */
    public static int minFromTime(double t) {
        return (int) modulo(Math.floor(t / MS_PER_MINUTE), 60);
    }

    /** 21.4.1.16 SecFromTime */
    public static int secFromTime(double t) {
        return (int) modulo(Math.floor(t / MS_PER_SECOND), 60);
    }

    /** 21.4.1.17 msFromTime */
    public static int msFromTime(double t) {
        return (int) modulo(t, MS_PER_SECOND);
    }

    /** ℝ(x) modulo ℝ(y) for y > 0: the result has y's sign (and is never -0). */
    private static double modulo(double x, double y) {
        double r = x % y;
        return r < 0 ? r + y : r + 0.0;
    }

    /** 21.4.1.24 SystemTimeZoneIdentifier: the host's zone as java.time names it (an IANA name or an offset). */
    public static String systemTimeZoneIdentifier() {
        ZoneId zone = ZoneId.systemDefault().normalized();
        return zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0 ? "UTC" : zone.getId();
    }

    private static ZoneRules systemRules() {
        return ZoneId.systemDefault().getRules();
    }

    /**
     * The host zone's offset from UTC at the instant t, in milliseconds (21.4.1.21
     * GetNamedTimeZoneOffsetNanoseconds / 10^6, truncated). Times far outside the time value
     * range take the offset at the range's end, which the zone rules still describe.
     */
    public static double offsetMs(double t) {
        double clamped = Math.max(-MAX_TIME - MS_PER_DAY, Math.min(MAX_TIME + MS_PER_DAY, t));
        Instant instant = Instant.ofEpochMilli((long) clamped);
        return systemRules().getOffset(instant).getTotalSeconds() * MS_PER_SECOND;
    }

    /** 21.4.1.25 LocalTime */
    public static double localTime(double t) {
        return t + offsetMs(t);
    }

    /**
     * 21.4.1.26 UTC: a local time to a time value. A local time that occurs twice takes the
     * earlier instant (the offset before the transition); one skipped by a forward transition
     * is read with the offset before the transition too.
     */
    public static double utc(double t) {
        if (!Double.isFinite(t)) return Double.NaN;
        double clamped = Math.max(-MAX_TIME - 2 * MS_PER_DAY, Math.min(MAX_TIME + 2 * MS_PER_DAY, t));
        long ms = (long) clamped;
        LocalDateTime local = LocalDateTime.ofEpochSecond(Math.floorDiv(ms, 1000), (int) Math.floorMod(ms, 1000) * 1_000_000, ZoneOffset.UTC);
        ZoneRules rules = systemRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        ZoneOffset offset;
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            offset = gap.getOffsetBefore();
        } else {
            // Several offsets: the largest gives the earliest instant.
            offset = offsets.get(0);
            for (ZoneOffset o : offsets) if (o.getTotalSeconds() > offset.getTotalSeconds()) offset = o;
        }
        return t - offset.getTotalSeconds() * MS_PER_SECOND;
    }

    /** 21.4.1.27 MakeTime, in the spec's floating-point order of operations. */
    public static double makeTime(double hour, double min, double sec, double ms) {
        if (!Double.isFinite(hour) || !Double.isFinite(min) || !Double.isFinite(sec) || !Double.isFinite(ms)) return Double.NaN;
        double h = integer(hour), m = integer(min), s = integer(sec), milli = integer(ms);
        return ((h * MS_PER_HOUR + m * MS_PER_MINUTE) + s * MS_PER_SECOND) + milli;
    }

    /** 21.4.1.28 MakeDay */
    public static double makeDay(double year, double month, double date) {
        if (!Double.isFinite(year) || !Double.isFinite(month) || !Double.isFinite(date)) return Double.NaN;
        double y = integer(year), m = integer(month), dt = integer(date);
        double ym = y + Math.floor(m / 12);
        if (!Double.isFinite(ym)) return Double.NaN;
        int mn = (int) modulo(m, 12);
        // Step 8: the first of month mn in year ym. Read strictly, it must lie within the time
        // value range, but then the first and last days of that range (20 April -271821, 13
        // September 275760) could not be made at all; like other engines, Kiln takes any year
        // near that range and leaves the limit to TimeClip.
        if (Math.abs(ym - 1970) > 400_000) return Double.NaN;
        int[] cumulative = daysInYear(ym) == 366 ? CUMULATIVE_DAYS_LEAP : CUMULATIVE_DAYS;
        double firstOfMonth = dayFromYear(ym) + cumulative[mn];
        return firstOfMonth + dt - 1;
    }

    /** 21.4.1.29 MakeDate */
    public static double makeDate(double day, double time) {
        if (!Double.isFinite(day) || !Double.isFinite(time)) return Double.NaN;
        double tv = day * MS_PER_DAY + time;
        return Double.isFinite(tv) ? tv : Double.NaN;
    }

    /** 21.4.1.30 MakeFullYear: years 0 to 99 count from 1900. */
    public static double makeFullYear(double year) {
        if (year != year) return Double.NaN;
        double truncated = integer(year);
        return truncated >= 0 && truncated <= 99 ? 1900 + truncated : truncated;
    }

    /** 21.4.1.31 TimeClip */
    public static double timeClip(double time) {
        if (!Double.isFinite(time) || Math.abs(time) > MAX_TIME) return Double.NaN;
        return integer(time);
    }

    /** ToIntegerOrInfinity of a Number (-0 becomes +0). */
    private static double integer(double d) {
        if (d != d) return 0;
        double t = d < 0 ? Math.ceil(d) : Math.floor(d);
        return t + 0.0;
    }
}
