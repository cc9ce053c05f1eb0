package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.builtins.numbers.DateOperations.MS_PER_HOUR;
import static dev.kiln.runtime.builtins.numbers.DateOperations.MS_PER_MINUTE;

import java.util.Locale;

/**
 * 21.4.3.2 Date.parse: first the Date Time String Format of 21.4.1.32 (with expanded years),
 * exactly; failing that, a lenient reading of the forms people and other engines write, which
 * covers what toString and toUTCString produce ("Tue Feb 01 2022 00:00:00 GMT+0100 (...)",
 * "Tue, 01 Feb 2022 00:00:00 GMT") and the usual "Feb 1, 2022 10:30 PM", "2022/02/01",
 * "1/2/2022". Unrecognisable text and out-of-range values give NaN.
 */
public final class DateParser {
    private DateParser() {}

    /** The time value the string denotes, or NaN. */
    public static double parse(String s) {
        double iso = parseIso(s);
        if (iso == iso || isIsoShaped(s)) return iso;
        return new Legacy(s).parse();
    }

    // ---------------------------------------------------------------- 21.4.1.32 Date Time String Format

    /** Strings that start like the ISO format are judged by it alone (no lenient second reading). */
    private static boolean isIsoShaped(String s) {
        return s.length() >= 7 && (s.charAt(0) == '+' || s.charAt(0) == '-') && isDigits(s, 1, 7);
    }

    /** YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|±HH:mm]], or ±YYYYYY for the year; NaN if it does not conform. */
    static double parseIso(String s) {
        int n = s.length();
        int i = 0;
        double year;
        char c0 = n > 0 ? s.charAt(0) : 0;
        if (c0 == '+' || c0 == '-') {
            if (!isDigits(s, 1, 7)) return Double.NaN;
            year = Integer.parseInt(s.substring(1, 7));
            if (c0 == '-') {
                if (year == 0) return Double.NaN; // -000000 is not a year
                year = -year;
            }
            i = 7;
        } else {
            if (!isDigits(s, 0, 4)) return Double.NaN;
            year = Integer.parseInt(s.substring(0, 4));
            i = 4;
        }
        int month = 1, day = 1;
        if (i < n && s.charAt(i) == '-') {
            if (!isDigits(s, i + 1, i + 3)) return Double.NaN;
            month = Integer.parseInt(s.substring(i + 1, i + 3));
            i += 3;
            if (i < n && s.charAt(i) == '-') {
                if (!isDigits(s, i + 1, i + 3)) return Double.NaN;
                day = Integer.parseInt(s.substring(i + 1, i + 3));
                i += 3;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) return Double.NaN;
        double time = 0;
        boolean hasTime = false;
        boolean hasOffset = false;
        double offset = 0;
        if (i < n && (s.charAt(i) == 'T' || s.charAt(i) == 't')) {
            hasTime = true;
            if (!isDigits(s, i + 1, i + 3) || i + 3 >= n || s.charAt(i + 3) != ':' || !isDigits(s, i + 4, i + 6)) return Double.NaN;
            int hour = Integer.parseInt(s.substring(i + 1, i + 3));
            int minute = Integer.parseInt(s.substring(i + 4, i + 6));
            int second = 0, millis = 0;
            i += 6;
            if (i < n && s.charAt(i) == ':') {
                if (!isDigits(s, i + 1, i + 3)) return Double.NaN;
                second = Integer.parseInt(s.substring(i + 1, i + 3));
                i += 3;
                if (i < n && s.charAt(i) == '.') {
                    int start = ++i;
                    while (i < n && isDigit(s.charAt(i))) i++;
                    if (i == start) return Double.NaN;
                    // Milliseconds: the first three digits (more are finer than a time value).
                    String fraction = (s.substring(start, Math.min(i, start + 3)) + "00").substring(0, 3);
                    millis = Integer.parseInt(fraction);
                }
            }
            if (hour > 24 || minute > 59 || second > 59) return Double.NaN;
            if (hour == 24 && (minute != 0 || second != 0 || millis != 0)) return Double.NaN;
            time = DateOperations.makeTime(hour, minute, second, millis);
            if (i < n && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
                hasOffset = true;
                i++;
            } else if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                if (!isDigits(s, i + 1, i + 3) || i + 3 >= n || s.charAt(i + 3) != ':' || !isDigits(s, i + 4, i + 6)) return Double.NaN;
                int offsetHours = Integer.parseInt(s.substring(i + 1, i + 3));
                int offsetMinutes = Integer.parseInt(s.substring(i + 4, i + 6));
                if (offsetHours > 23 || offsetMinutes > 59) return Double.NaN;
                offset = (offsetHours * MS_PER_HOUR + offsetMinutes * MS_PER_MINUTE) * (s.charAt(i) == '-' ? -1 : 1);
                hasOffset = true;
                i += 6;
            }
        }
        if (i != n) return Double.NaN;
        double date = DateOperations.makeDate(DateOperations.makeDay(year, month - 1, day), time);
        // Date-only forms are UTC; date-time forms without an offset are local time.
        if (hasOffset) date -= offset;
        else if (hasTime) date = DateOperations.utc(date);
        return DateOperations.timeClip(date);
    }

    private static boolean isDigits(String s, int from, int to) {
        if (to > s.length()) return false;
        for (int i = from; i < to; i++) if (!isDigit(s.charAt(i))) return false;
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---------------------------------------------------------------- the lenient reading

    /** One pass over the text, collecting date numbers, a month name, a time and a zone. */
    private static final class Legacy {
        private final String s;
        private int i;
        private final long[] numbers = new long[3];
        private final int[] numberLengths = new int[3];
        private int count;
        private int namedMonth = -1;
        private int hour = -1, minute, second, millis;
        private int meridiem; // 0 none, 1 am, 2 pm
        private boolean hasZone;
        private double zoneOffset; // ms east of UTC
        private boolean seenNumber;

        Legacy(String s) {
            this.s = s;
        }

        double parse() {
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (isDigit(c)) {
                    if (!number(1)) return Double.NaN;
                } else if (c == '+' || c == '-') {
                    if (!signed(c)) return Double.NaN;
                } else if (Character.isLetter(c)) {
                    if (!word()) return Double.NaN;
                } else if (c == '(') {
                    int depth = 0;
                    do {
                        if (s.charAt(i) == '(') depth++;
                        else if (s.charAt(i) == ')') depth--;
                        i++;
                    } while (i < n && depth > 0);
                } else if (c == ' ' || c == ',' || c == '/' || c == '.' || c == '\t' || c == '\n' || c == '\r') {
                    i++;
                } else {
                    return Double.NaN;
                }
            }
            return compose();
        }

        /** A number: the hour of a time when a colon follows, else a date component. */
        private boolean number(int sign) {
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i))) i++;
            int length = i - start;
            if (length > 9) return false;
            long value = Long.parseLong(s.substring(start, i)) * sign;
            seenNumber = true;
            if (i < s.length() && s.charAt(i) == ':' && sign > 0 && hour < 0) return time(value);
            if (count == 3) return false;
            numbers[count] = value;
            numberLengths[count++] = length;
            if (i < s.length() && s.charAt(i) == '-') i++; // a date separator, as in 2000-1-1
            return true;
        }

        /** hh:mm[:ss[.sss]] after the hour. */
        private boolean time(long h) {
            hour = (int) h;
            i++;
            int[] next = twoDigits();
            if (next == null) return false;
            minute = next[0];
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                next = twoDigits();
                if (next == null) return false;
                second = next[0];
                if (i < s.length() && s.charAt(i) == '.') {
                    int start = ++i;
                    while (i < s.length() && isDigit(s.charAt(i))) i++;
                    if (i == start) return false;
                    millis = Integer.parseInt((s.substring(start, Math.min(i, start + 3)) + "00").substring(0, 3));
                }
            }
            return true;
        }

        private int[] twoDigits() {
            int start = i;
            while (i < s.length() && isDigit(s.charAt(i)) && i - start < 2) i++;
            if (i == start) return null;
            return new int[] {Integer.parseInt(s.substring(start, i))};
        }

        /** A sign: a zone offset after a time or zone name, else a negative year. */
        private boolean signed(char c) {
            i++;
            if (i >= s.length() || !isDigit(s.charAt(i))) return false;
            if (hour >= 0 || hasZone) {
                int start = i;
                while (i < s.length() && isDigit(s.charAt(i))) i++;
                int length = i - start;
                int value = Integer.parseInt(s.substring(start, Math.min(i, start + 4)));
                int hours, minutes;
                if (length <= 2 && i < s.length() && s.charAt(i) == ':') {
                    hours = value;
                    i++;
                    int[] m = twoDigits();
                    if (m == null) return false;
                    minutes = m[0];
                } else if (length <= 2) {
                    hours = value;
                    minutes = 0;
                } else if (length == 4) {
                    hours = value / 100;
                    minutes = value % 100;
                } else {
                    return false;
                }
                if (hours > 23 || minutes > 59) return false;
                zoneOffset = (hours * MS_PER_HOUR + minutes * MS_PER_MINUTE) * (c == '-' ? -1 : 1);
                hasZone = true;
                return true;
            }
            return number(c == '-' ? -1 : 1);
        }

        /** A word: a month or day name, AM/PM, a zone name, or text before the first number. */
        private boolean word() {
            int start = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
            String w = s.substring(start, i).toLowerCase(Locale.ROOT);
            if (w.equals("am") || w.equals("pm")) {
                meridiem = w.equals("am") ? 1 : 2;
                return true;
            }
            if (w.equals("t") && seenNumber) return true; // ISO-like date and time separator
            switch (w) {
                case "z", "ut", "utc", "gmt" -> { return zone(0); }
                case "edt" -> { return zone(-4); }
                case "est", "cdt" -> { return zone(-5); }
                case "cst", "mdt" -> { return zone(-6); }
                case "mst", "pdt" -> { return zone(-7); }
                case "pst" -> { return zone(-8); }
                default -> { }
            }
            if (w.length() >= 3) {
                for (int m = 0; m < 12; m++) {
                    if (DateStrings.MONTH_NAMES[m].toLowerCase(Locale.ROOT).equals(w.substring(0, 3))) {
                        namedMonth = m;
                        return true;
                    }
                }
                for (String d : DateStrings.DAY_NAMES) if (d.toLowerCase(Locale.ROOT).equals(w.substring(0, 3))) return true;
            }
            return !seenNumber; // other words are allowed only before the date starts
        }

        private boolean zone(int hours) {
            hasZone = true;
            zoneOffset = hours * MS_PER_HOUR;
            return true;
        }

        private double compose() {
            long year, month, day;
            if (namedMonth >= 0) {
                if (count != 2) return Double.NaN;
                month = namedMonth + 1;
                boolean yearFirst = numberLengths[0] >= 3 || numbers[0] > 31 || numbers[0] < 0;
                year = yearFirst ? numbers[0] : numbers[1];
                day = yearFirst ? numbers[1] : numbers[0];
                if (!yearFirst && numberLengths[1] <= 2 && year >= 0) year = twoDigitYear(year);
            } else {
                if (count == 1 && numberLengths[0] >= 4 && hour < 0) {
                    year = numbers[0]; // a year alone
                    month = 1;
                    day = 1;
                } else if (count == 3) {
                    if (numberLengths[0] >= 3 || numbers[0] > 31) {
                        year = numbers[0];
                        month = numbers[1];
                        day = numbers[2];
                    } else {
                        month = numbers[0];
                        day = numbers[1];
                        year = numbers[2];
                        if (numberLengths[2] <= 2 && year >= 0) year = twoDigitYear(year);
                    }
                } else {
                    return Double.NaN;
                }
            }
            if (month < 1 || month > 12 || day < 1 || day > 31) return Double.NaN;
            int h = Math.max(hour, 0);
            if (meridiem != 0) {
                if (h > 12) return Double.NaN;
                h = h % 12 + (meridiem == 2 ? 12 : 0);
            }
            if (h > 24 || minute > 59 || second > 59) return Double.NaN;
            if (h == 24 && (minute != 0 || second != 0 || millis != 0)) return Double.NaN;
            double date = DateOperations.makeDate(DateOperations.makeDay(year, month - 1, day),
                    DateOperations.makeTime(h, minute, second, millis));
            date = hasZone ? date - zoneOffset : DateOperations.utc(date);
            return DateOperations.timeClip(date);
        }

        /** Two-digit years: 00-49 are 2000-2049, 50-99 are 1950-1999. */
        private static long twoDigitYear(long y) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
    }
}
