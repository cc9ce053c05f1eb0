package dev.kiln.runtime.builtins.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.builtins.BuiltinsTestSupport;
import dev.kiln.runtime.object.DateObject;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Date arithmetic, formats and parsing, in America/New_York (expected values printed by node in that zone). */
class DateTest extends BuiltinsTestSupport {
    private TimeZone saved;

    @BeforeEach
    void newYork() {
        saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(saved);
    }

    @Test
    void calendarArithmetic() {
        assertEquals(0, DateOperations.dayFromYear(1970));
        assertEquals(366, DateOperations.daysInYear(2000));
        assertEquals(365, DateOperations.daysInYear(1900));
        assertEquals(366, DateOperations.daysInYear(-4));
        assertEquals(1969, DateOperations.yearFromTime(-1));
        assertEquals(-271821, DateOperations.yearFromTime(-8.64e15));
        assertEquals(275760, DateOperations.yearFromTime(8.64e15));
        double feb29 = 951782400000.0;
        assertEquals(1, DateOperations.monthFromTime(feb29));
        assertEquals(29, DateOperations.dateFromTime(feb29));
        assertEquals(2, DateOperations.weekDay(feb29));
        assertEquals(23, DateOperations.hourFromTime(-1));
        assertEquals(999, DateOperations.msFromTime(-1));
        assertEquals(0.0, DateOperations.timeWithinDay(-86400000));
        assertEquals(Double.NaN, DateOperations.makeDay(1e6, 0, 1)); // far past the last time value
        assertEquals(Double.NaN, DateOperations.timeClip(8.64e15 + 1));
        assertEquals(0.0, DateOperations.timeClip(-0.0));
        assertEquals(1.0 / 0.0, 1 / DateOperations.timeClip(-0.0));
    }

    @Test
    void utcFollowsTheSpecsFloatingPointOrder() {
        assertEquals(1483228800000.0, num(invoke("Date.UTC", 2016, 12)));
        assertEquals(951782400000.0, num(invoke("Date.UTC", 2000, 1, 29)));
        assertEquals(29312.0, num(invoke("Date.UTC", 1970, 0, 1, 80063993375.0, 29, 1, -288230376151711740.0)));
        assertEquals(34447360.0, num(invoke("Date.UTC", 1970, 0, 213503982336.0, 0, 0, 0, -18446744073709552000.0)));
        assertEquals(-2208988800000.0, num(invoke("Date.UTC", -0.999999, 0)));
        assertEquals(Double.NaN, num(invoke("Date.UTC")));
        assertEquals(Double.NaN, num(invoke("Date.UTC", 275760, 8, 13, 0, 0, 0, 1)));
    }

    @Test
    void localTimeUsesTheHostZoneAndDisambiguatesLikeTheSpec() {
        // 1:30 on 5 Nov 2017 happens twice: the earlier (EDT) instant. 2:30 on 12 Mar 2017 does not exist: read as EST.
        assertEquals(1509859800000.0, ((DateObject) construct("Date", 2017, 10, 5, 1, 30)).dateValue());
        assertEquals(1489303800000.0, ((DateObject) construct("Date", 2017, 2, 12, 2, 30)).dateValue());
        assertEquals("Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)", DateStrings.toDateString(0));
        assertEquals("Thu Dec 31 -0002 19:03:58 GMT-0456 (Eastern Standard Time)", DateStrings.toDateString(-62198755200000.0));
        assertEquals("Invalid Date", DateStrings.toDateString(Double.NaN));
    }

    @Test
    void stringFormats() {
        assertEquals("1969-12-31T23:59:59.999Z", DateStrings.toISOString(-1));
        assertEquals("-000001-01-01T00:00:00.000Z", DateStrings.toISOString(-62198755200000.0));
        assertEquals("+275760-09-13T00:00:00.000Z", DateStrings.toISOString(8.64e15));
        assertEquals("Fri, 01 Jan -0001 00:00:00 GMT", DateStrings.toUTCString(-62198755200000.0));
        assertEquals("Tue, 29 Feb 2000 00:00:00 GMT", DateStrings.toUTCString(951782400000.0));
    }

    @Test
    void parseReadsTheIsoFormatAndWhatToStringWrites() {
        assertEquals(0.0, DateParser.parse("1970-01-01T00:00:00.000Z"));
        assertEquals(0.0, DateParser.parse("1970"));
        assertEquals(0.0, DateParser.parse("1970-01"));
        assertEquals(18000000.0, DateParser.parse("1970-01-01T00:00")); // local time without an offset
        assertEquals(-8.64e15, DateParser.parse("-271821-04-20T00:00:00.000Z"));
        assertEquals(Double.NaN, DateParser.parse("-271821-04-19T23:59:59.999Z"));
        assertEquals(Double.NaN, DateParser.parse("-000000-03-31T00:45Z"));
        assertEquals(Double.NaN, DateParser.parse("2000-01-01T24:00:01"));
        assertEquals(Double.NaN, DateParser.parse("2000-13-01"));
        assertEquals(946771200000.0, DateParser.parse("2000-01-01T24:00Z"));
        assertEquals(946717200000.0, DateParser.parse("2000-01-01T10:00+01:00"));
        // toString shows the offset in whole minutes, so it reads back exactly where the zone's offset is in
        // whole minutes (not before 1883 in New York, whose local mean time was -4:56:02).
        for (double t : new double[] {0, 951782400000.0, 1509859800000.0, 8.64e15}) {
            assertEquals(t, DateParser.parse(DateStrings.toDateString(t)), "toString of " + t);
        }
        for (double t : new double[] {0, 951782400000.0, -62198755200000.0, 1509859800000.0, 8.64e15, -8.64e15}) {
            assertEquals(t, DateParser.parse(DateStrings.toUTCString(t)), "toUTCString of " + t);
            assertEquals(t, DateParser.parse(DateStrings.toISOString(t)), "toISOString of " + t);
        }
        assertEquals(1643691600000.0, DateParser.parse("Feb 1, 2022"));
        assertEquals(1643772600000.0, DateParser.parse("02/01/2022 10:30 PM"));
        assertEquals(1643709600000.0, DateParser.parse("1 Feb 2022 10:00 UTC"));
        assertEquals(946738800000.0, DateParser.parse("Jan 1 2000 10:00:00 GMT-0500"));
        assertEquals(Double.NaN, DateParser.parse("garbage"));
        assertEquals(Double.NaN, DateParser.parse(""));
    }

    @Test
    void constructor() {
        assertEquals(0.0, ((DateObject) construct("Date", "1970-01-01T00:00:00Z")).dateValue());
        assertEquals(5.0, ((DateObject) construct("Date", 5.9)).dateValue());
        DateObject d = (DateObject) construct("Date", 2000, 0);
        assertEquals(946702800000.0, d.dateValue());
        assertEquals(d.dateValue(), ((DateObject) construct("Date", d)).dateValue());
        assertEquals(-2208970800000.0, ((DateObject) construct("Date", 0, 0)).dateValue()); // year 0 is 1900
        assertTrue(((String) invoke("Date")).contains("GMT-0"));
        assertEquals(946702800000.0, num(callOn("Date.prototype.getTime", d)));
        assertEquals("2000-01-01T05:00:00.000Z", callOn("Date.prototype.toISOString", d));
        assertThrowsJS("RangeError", () -> callOn("Date.prototype.toISOString", construct("Date", Double.NaN)));
        assertThrowsJS("TypeError", () -> callOn("Date.prototype.getTime", newObject()));
    }

    @Test
    void gettersAndSettersWorkInLocalTimeAndUtc() {
        DateObject d = (DateObject) construct("Date", 2000, 0, 31, 23, 59, 58, 999);
        assertEquals(2000, callOn("Date.prototype.getFullYear", d));
        assertEquals(0, callOn("Date.prototype.getMonth", d));
        assertEquals(31, callOn("Date.prototype.getDate", d));
        assertEquals(1, callOn("Date.prototype.getDay", d));
        assertEquals(23, callOn("Date.prototype.getHours", d));
        assertEquals(4, callOn("Date.prototype.getUTCHours", d));
        assertEquals(1, callOn("Date.prototype.getUTCDate", d));
        assertEquals(300, callOn("Date.prototype.getTimezoneOffset", d));
        assertEquals(100, callOn("Date.prototype.getYear", d));
        // Month overflow carries into the year; a missing argument keeps the current field.
        callOn("Date.prototype.setMonth", d, 13);
        assertEquals("Sat Mar 03 2001 23:59:58 GMT-0500 (Eastern Standard Time)", callOn("Date.prototype.toString", d));
        callOn("Date.prototype.setUTCHours", d, 0);
        assertEquals("2001-03-04T00:59:58.999Z", callOn("Date.prototype.toISOString", d));
        callOn("Date.prototype.setHours", d, 1, 2, 3, 4);
        assertEquals("Sat Mar 03 2001", callOn("Date.prototype.toDateString", d));
        assertEquals("01:02:03 GMT-0500 (Eastern Standard Time)", callOn("Date.prototype.toTimeString", d));
        assertEquals("3/3/2001, 1:02:03 AM", callOn("Date.prototype.toLocaleString", d));
        DateObject invalid = (DateObject) construct("Date", Double.NaN);
        assertEquals(Double.NaN, callOn("Date.prototype.setHours", invalid, 1));
        assertEquals(Double.NaN, callOn("Date.prototype.getDate", invalid));
        assertEquals(0.0 + 5 * 3600000, num(callOn("Date.prototype.setFullYear", invalid, 1970)));
        assertEquals("Invalid Date", callOn("Date.prototype.toString", construct("Date", Double.NaN)));
        assertEquals(dev.kiln.runtime.value.Null.INSTANCE, callOn("Date.prototype.toJSON", construct("Date", Double.NaN)));
        assertEquals("1970-01-01T00:00:00.000Z", callOn("Date.prototype.toJSON", construct("Date", 0)));
        assertEquals(path("Date.prototype.toUTCString"), path("Date.prototype.toGMTString"));
    }

    private static double num(Object v) {
        return ((Number) v).doubleValue();
    }
}
