package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.builtins.numbers.DateOperations.dateFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.hourFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.minFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.monthFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.msFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.secFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.weekDay;
import static dev.kiln.runtime.builtins.numbers.DateOperations.yearFromTime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The string forms of a time value: 21.4.4.41.1-4 (ToDateString and its parts, the format of
 * Date.prototype.toString), toUTCString's (21.4.4.43), toISOString's (21.4.4.36) and the en-US
 * forms the toLocale*String methods use without ECMA-402. Date.parse reads the first three back
 * ({@link DateParser}).
 */
public final class DateStrings {
    private DateStrings() {}

    static final String[] DAY_NAMES = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** 21.4.4.41.1 TimeString: HH:mm:ss GMT. */
    public static String timeString(double tv) {
        StringBuilder sb = new StringBuilder(12);
        appendTime(sb, tv);
        return sb.append(" GMT").toString();
    }

    private static void appendTime(StringBuilder sb, double tv) {
        pad(sb, hourFromTime(tv), 2).append(':');
        pad(sb, minFromTime(tv), 2).append(':');
        pad(sb, secFromTime(tv), 2);
    }

    /** 21.4.4.41.2 DateString: "Tue Feb 01 2022". */
    public static String dateString(double tv) {
        StringBuilder sb = new StringBuilder(16);
        sb.append(DAY_NAMES[weekDay(tv)]).append(' ').append(MONTH_NAMES[monthFromTime(tv)]).append(' ');
        pad(sb, dateFromTime(tv), 2).append(' ');
        appendYear(sb, yearFromTime(tv));
        return sb.toString();
    }

    /** The year as at least four digits, with "-" before a negative one. */
    private static void appendYear(StringBuilder sb, double year) {
        if (year < 0) sb.append('-');
        pad(sb, (long) Math.abs(year), 4);
    }

    /** 21.4.4.41.3 TimeZoneString: "+0100 (Central European Standard Time)". */
    public static String timeZoneString(double tv) {
        double offset = DateOperations.offsetMs(tv);
        StringBuilder sb = new StringBuilder(48);
        sb.append(offset >= 0 ? '+' : '-');
        double absOffset = Math.abs(offset);
        pad(sb, hourFromTime(absOffset), 2);
        pad(sb, minFromTime(absOffset), 2);
        String name = zoneName(tv);
        if (!name.isEmpty()) sb.append(" (").append(name).append(')');
        return sb.toString();
    }

    /** The host zone's long English name at tv, with daylight saving time where it applies. */
    private static String zoneName(double tv) {
        ZoneId zone = ZoneId.systemDefault();
        Instant instant = Instant.ofEpochMilli((long) Math.max(-DateOperations.MAX_TIME, Math.min(DateOperations.MAX_TIME, tv)));
        boolean daylight = zone.getRules().isDaylightSavings(instant);
        return TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.LONG, Locale.US);
    }

    /** 21.4.4.41.4 ToDateString */
    public static String toDateString(double tv) {
        if (tv != tv) return "Invalid Date";
        double t = DateOperations.localTime(tv);
        return dateString(t) + ' ' + timeString(t) + timeZoneString(tv);
    }

    /** 21.4.4.43 Date.prototype.toUTCString steps 4-11: "Tue, 01 Feb 2022 00:00:00 GMT". */
    public static String toUTCString(double tv) {
        if (tv != tv) return "Invalid Date";
        StringBuilder sb = new StringBuilder(32);
        sb.append(DAY_NAMES[weekDay(tv)]).append(", ");
        pad(sb, dateFromTime(tv), 2).append(' ').append(MONTH_NAMES[monthFromTime(tv)]).append(' ');
        appendYear(sb, yearFromTime(tv));
        sb.append(' ');
        appendTime(sb, tv);
        return sb.append(" GMT").toString();
    }

    /**
     * 21.4.4.36 Date.prototype.toISOString for a finite tv: the Date Time String Format in UTC,
     * with an expanded (signed, six-digit) year outside 0 to 9999.
     */
    public static String toISOString(double tv) {
        StringBuilder sb = new StringBuilder(27);
        double year = yearFromTime(tv);
        if (year >= 0 && year <= 9999) {
            pad(sb, (long) year, 4);
        } else {
            sb.append(year < 0 ? '-' : '+');
            pad(sb, (long) Math.abs(year), 6);
        }
        sb.append('-');
        pad(sb, monthFromTime(tv) + 1, 2).append('-');
        pad(sb, dateFromTime(tv), 2).append('T');
        appendTime(sb, tv);
        sb.append('.');
        pad(sb, msFromTime(tv), 3).append('Z');
        return sb.toString();
    }

    /** The date part of the toLocale*String methods for local time t, as en-US writes it: "1/31/2024". */
    public static String localeDateString(double t) {
        StringBuilder sb = new StringBuilder(12);
        sb.append(monthFromTime(t) + 1).append('/').append(dateFromTime(t)).append('/');
        double year = yearFromTime(t);
        if (year < 0) sb.append('-');
        return sb.append((long) Math.abs(year)).toString();
    }

    /** The time part of the toLocale*String methods for local time t, as en-US writes it: "3:04:05 PM". */
    public static String localeTimeString(double t) {
        int hour = hourFromTime(t);
        StringBuilder sb = new StringBuilder(11);
        sb.append(hour % 12 == 0 ? 12 : hour % 12).append(':');
        pad(sb, minFromTime(t), 2).append(':');
        pad(sb, secFromTime(t), 2);
        return sb.append(hour < 12 ? " AM" : " PM").toString();
    }

    /** ToZeroPaddedDecimalString: n in at least {@code width} digits. */
    private static StringBuilder pad(StringBuilder sb, long n, int width) {
        String digits = Long.toString(n);
        for (int i = digits.length(); i < width; i++) sb.append('0');
        return sb.append(digits);
    }
}
