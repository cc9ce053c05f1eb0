package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.builtins.numbers.DateOperations.MS_PER_MINUTE;
import static dev.kiln.runtime.builtins.numbers.DateOperations.dateFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.day;
import static dev.kiln.runtime.builtins.numbers.DateOperations.hourFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.localTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.makeDate;
import static dev.kiln.runtime.builtins.numbers.DateOperations.makeDay;
import static dev.kiln.runtime.builtins.numbers.DateOperations.makeTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.minFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.monthFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.msFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.secFromTime;
import static dev.kiln.runtime.builtins.numbers.DateOperations.timeClip;
import static dev.kiln.runtime.builtins.numbers.DateOperations.timeWithinDay;
import static dev.kiln.runtime.builtins.numbers.DateOperations.utc;
import static dev.kiln.runtime.builtins.numbers.DateOperations.weekDay;
import static dev.kiln.runtime.builtins.numbers.DateOperations.yearFromTime;
import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.DateObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import java.util.function.DoubleUnaryOperator;

/**
 * 21.4.4 Properties of the Date Prototype Object (an ordinary object, not a Date), with the
 * Annex B methods of B.2.3. Without ECMA-402, the toLocale*String methods print the en-US
 * forms ("1/31/2024, 3:04:05 PM").
 */
final class DatePrototype {
    private DatePrototype() {}

    // The getters: each reads one field of the time value, in local time or UTC. Made once per JVM.
    private static final BuiltinFunction.Body GET_DATE = localGetter(t -> dateFromTime(t));
    private static final BuiltinFunction.Body GET_DAY = localGetter(t -> weekDay(t));
    private static final BuiltinFunction.Body GET_FULL_YEAR = localGetter(DateOperations::yearFromTime);
    private static final BuiltinFunction.Body GET_HOURS = localGetter(t -> hourFromTime(t));
    private static final BuiltinFunction.Body GET_MILLISECONDS = localGetter(t -> msFromTime(t));
    private static final BuiltinFunction.Body GET_MINUTES = localGetter(t -> minFromTime(t));
    private static final BuiltinFunction.Body GET_MONTH = localGetter(t -> monthFromTime(t));
    private static final BuiltinFunction.Body GET_SECONDS = localGetter(t -> secFromTime(t));
    private static final BuiltinFunction.Body GET_UTC_DATE = utcGetter(t -> dateFromTime(t));
    private static final BuiltinFunction.Body GET_UTC_DAY = utcGetter(t -> weekDay(t));
    private static final BuiltinFunction.Body GET_UTC_FULL_YEAR = utcGetter(DateOperations::yearFromTime);
    private static final BuiltinFunction.Body GET_UTC_HOURS = utcGetter(t -> hourFromTime(t));
    private static final BuiltinFunction.Body GET_UTC_MILLISECONDS = utcGetter(t -> msFromTime(t));
    private static final BuiltinFunction.Body GET_UTC_MINUTES = utcGetter(t -> minFromTime(t));
    private static final BuiltinFunction.Body GET_UTC_MONTH = utcGetter(t -> monthFromTime(t));
    private static final BuiltinFunction.Body GET_UTC_SECONDS = utcGetter(t -> secFromTime(t));
    private static final BuiltinFunction.Body GET_YEAR = localGetter(t -> yearFromTime(t) - 1900); // B.2.3.1

    static JSObject create(Realm realm) {
        JSObject proto = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        Define.method(realm, proto, "getDate", 0, GET_DATE);                       // 21.4.4.2
        Define.method(realm, proto, "getDay", 0, GET_DAY);                         // 21.4.4.3
        Define.method(realm, proto, "getFullYear", 0, GET_FULL_YEAR);              // 21.4.4.4
        Define.method(realm, proto, "getHours", 0, GET_HOURS);                     // 21.4.4.5
        Define.method(realm, proto, "getMilliseconds", 0, GET_MILLISECONDS);       // 21.4.4.6
        Define.method(realm, proto, "getMinutes", 0, GET_MINUTES);                 // 21.4.4.7
        Define.method(realm, proto, "getMonth", 0, GET_MONTH);                     // 21.4.4.8
        Define.method(realm, proto, "getSeconds", 0, GET_SECONDS);                 // 21.4.4.9
        Define.method(realm, proto, "getTime", 0, DatePrototype::getTime);
        Define.method(realm, proto, "getTimezoneOffset", 0, DatePrototype::getTimezoneOffset);
        Define.method(realm, proto, "getUTCDate", 0, GET_UTC_DATE);                // 21.4.4.12
        Define.method(realm, proto, "getUTCDay", 0, GET_UTC_DAY);                  // 21.4.4.13
        Define.method(realm, proto, "getUTCFullYear", 0, GET_UTC_FULL_YEAR);       // 21.4.4.14
        Define.method(realm, proto, "getUTCHours", 0, GET_UTC_HOURS);              // 21.4.4.15
        Define.method(realm, proto, "getUTCMilliseconds", 0, GET_UTC_MILLISECONDS); // 21.4.4.16
        Define.method(realm, proto, "getUTCMinutes", 0, GET_UTC_MINUTES);          // 21.4.4.17
        Define.method(realm, proto, "getUTCMonth", 0, GET_UTC_MONTH);              // 21.4.4.18
        Define.method(realm, proto, "getUTCSeconds", 0, GET_UTC_SECONDS);          // 21.4.4.19
        Define.method(realm, proto, "setDate", 1, DatePrototype::setDate);
        Define.method(realm, proto, "setFullYear", 3, DatePrototype::setFullYear);
        Define.method(realm, proto, "setHours", 4, DatePrototype::setHours);
        Define.method(realm, proto, "setMilliseconds", 1, DatePrototype::setMilliseconds);
        Define.method(realm, proto, "setMinutes", 3, DatePrototype::setMinutes);
        Define.method(realm, proto, "setMonth", 2, DatePrototype::setMonth);
        Define.method(realm, proto, "setSeconds", 2, DatePrototype::setSeconds);
        Define.method(realm, proto, "setTime", 1, DatePrototype::setTime);
        Define.method(realm, proto, "setUTCDate", 1, DatePrototype::setUTCDate);
        Define.method(realm, proto, "setUTCFullYear", 3, DatePrototype::setUTCFullYear);
        Define.method(realm, proto, "setUTCHours", 4, DatePrototype::setUTCHours);
        Define.method(realm, proto, "setUTCMilliseconds", 1, DatePrototype::setUTCMilliseconds);
        Define.method(realm, proto, "setUTCMinutes", 3, DatePrototype::setUTCMinutes);
        Define.method(realm, proto, "setUTCMonth", 2, DatePrototype::setUTCMonth);
        Define.method(realm, proto, "setUTCSeconds", 2, DatePrototype::setUTCSeconds);
        Define.method(realm, proto, "toDateString", 0, DatePrototype::toDateString);
        Define.method(realm, proto, "toISOString", 0, DatePrototype::toISOString);
        Define.method(realm, proto, "toJSON", 1, DatePrototype::toJSON);
        Define.method(realm, proto, "toLocaleDateString", 0, DatePrototype::toLocaleDateString);
        Define.method(realm, proto, "toLocaleString", 0, DatePrototype::toLocaleString);
        Define.method(realm, proto, "toLocaleTimeString", 0, DatePrototype::toLocaleTimeString);
        Define.method(realm, proto, "toString", 0, DatePrototype::toStringMethod);
        Define.method(realm, proto, "toTimeString", 0, DatePrototype::toTimeString);
        BuiltinFunction toUTCString = Define.method(realm, proto, "toUTCString", 0, DatePrototype::toUTCString);
        Define.method(realm, proto, "valueOf", 0, DatePrototype::valueOf);
        Define.method(realm, proto, Symbol.TO_PRIMITIVE, 1, Property.CONFIGURABLE, DatePrototype::toPrimitive);
        // B.2.3 Additional Properties of the Date.prototype Object
        Define.method(realm, proto, "getYear", 0, GET_YEAR);
        Define.method(realm, proto, "setYear", 1, DatePrototype::setYear);
        Define.value(proto, "toGMTString", toUTCString); // B.2.3.3: the same function object
        return proto;
    }

    /** RequireInternalSlot(this value, [[DateValue]]). */
    private static DateObject thisDate(BuiltinFunction f, Object value) {
        if (value instanceof DateObject d) return d;
        throw f.realm().typeError("this is not a Date object.");
    }

    /** Steps 1-5 of the local getters: NaN stays NaN, else the field of LocalTime(t). */
    private static BuiltinFunction.Body localGetter(DoubleUnaryOperator field) {
        return (f, thisArg, args, newTarget) -> {
            double t = thisDate(f, thisArg).dateValue();
            return t != t ? (Object) Double.NaN : Types.number(field.applyAsDouble(localTime(t)));
        };
    }

    /** Steps 1-5 of the UTC getters. */
    private static BuiltinFunction.Body utcGetter(DoubleUnaryOperator field) {
        return (f, thisArg, args, newTarget) -> {
            double t = thisDate(f, thisArg).dateValue();
            return t != t ? (Object) Double.NaN : Types.number(field.applyAsDouble(t));
        };
    }

    /** Stores a new [[DateValue]] and returns it, as every setter ends. */
    private static Object store(DateObject date, double value) {
        date.setDateValue(value);
        return Types.number(value);
    }

    // 21.4.4.10 Date.prototype.getTime ( )
    private static Object getTime(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Types.number(thisDate(f, thisArg).dateValue());
    }

    // 21.4.4.11 Date.prototype.getTimezoneOffset ( )
    private static Object getTimezoneOffset(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double t = thisDate(f, thisArg).dateValue();
        if (t != t) return Double.NaN;
        return Types.number((t - localTime(t)) / MS_PER_MINUTE);
    }

    // 21.4.4.20 Date.prototype.setDate ( date )
    private static Object setDate(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double dt = Conversion.toNumber(arg(args, 0));
        if (t != t) return Double.NaN;
        t = localTime(t);
        double newDate = makeDate(makeDay(yearFromTime(t), monthFromTime(t), dt), timeWithinDay(t));
        return store(d, timeClip(utc(newDate)));
    }

    // 21.4.4.21 Date.prototype.setFullYear ( year [ , month [ , date ] ] )
    private static Object setFullYear(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double y = Conversion.toNumber(arg(args, 0));
        t = t != t ? 0 : localTime(t);
        double m = args.length > 1 ? Conversion.toNumber(args[1]) : monthFromTime(t);
        double dt = args.length > 2 ? Conversion.toNumber(args[2]) : dateFromTime(t);
        double newDate = makeDate(makeDay(y, m, dt), timeWithinDay(t));
        return store(d, timeClip(utc(newDate)));
    }

    // 21.4.4.22 Date.prototype.setHours ( hour [ , min [ , sec [ , ms ] ] ] )
    private static Object setHours(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double h = Conversion.toNumber(arg(args, 0));
        double m = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        double s = args.length > 2 ? Conversion.toNumber(args[2]) : 0;
        double milli = args.length > 3 ? Conversion.toNumber(args[3]) : 0;
        if (t != t) return Double.NaN;
        t = localTime(t);
        if (args.length <= 1) m = minFromTime(t);
        if (args.length <= 2) s = secFromTime(t);
        if (args.length <= 3) milli = msFromTime(t);
        double date = makeDate(day(t), makeTime(h, m, s, milli));
        return store(d, timeClip(utc(date)));
    }

    // 21.4.4.23 Date.prototype.setMilliseconds ( ms )
    private static Object setMilliseconds(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double ms = Conversion.toNumber(arg(args, 0));
        if (t != t) return Double.NaN;
        t = localTime(t);
        double time = makeTime(hourFromTime(t), minFromTime(t), secFromTime(t), ms);
        return store(d, timeClip(utc(makeDate(day(t), time))));
    }

    // 21.4.4.24 Date.prototype.setMinutes ( min [ , sec [ , ms ] ] )
    private static Object setMinutes(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double m = Conversion.toNumber(arg(args, 0));
        double s = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        double milli = args.length > 2 ? Conversion.toNumber(args[2]) : 0;
        if (t != t) return Double.NaN;
        t = localTime(t);
        if (args.length <= 1) s = secFromTime(t);
        if (args.length <= 2) milli = msFromTime(t);
        double date = makeDate(day(t), makeTime(hourFromTime(t), m, s, milli));
        return store(d, timeClip(utc(date)));
    }

    // 21.4.4.25 Date.prototype.setMonth ( month [ , date ] )
    private static Object setMonth(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double m = Conversion.toNumber(arg(args, 0));
        double dt = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        if (t != t) return Double.NaN;
        t = localTime(t);
        if (args.length <= 1) dt = dateFromTime(t);
        double newDate = makeDate(makeDay(yearFromTime(t), m, dt), timeWithinDay(t));
        return store(d, timeClip(utc(newDate)));
    }

    // 21.4.4.26 Date.prototype.setSeconds ( sec [ , ms ] )
    private static Object setSeconds(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double s = Conversion.toNumber(arg(args, 0));
        double milli = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        if (t != t) return Double.NaN;
        t = localTime(t);
        if (args.length <= 1) milli = msFromTime(t);
        double date = makeDate(day(t), makeTime(hourFromTime(t), minFromTime(t), s, milli));
        return store(d, timeClip(utc(date)));
    }

    // 21.4.4.27 Date.prototype.setTime ( time )
    private static Object setTime(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = Conversion.toNumber(arg(args, 0));
        return store(d, timeClip(t));
    }

    // 21.4.4.28 Date.prototype.setUTCDate ( date )
    private static Object setUTCDate(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double dt = Conversion.toNumber(arg(args, 0));
        if (t != t) return Double.NaN;
        double newDate = makeDate(makeDay(yearFromTime(t), monthFromTime(t), dt), timeWithinDay(t));
        return store(d, timeClip(newDate));
    }

    // 21.4.4.29 Date.prototype.setUTCFullYear ( year [ , month [ , date ] ] )
    private static Object setUTCFullYear(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        if (t != t) t = 0;
        double y = Conversion.toNumber(arg(args, 0));
        double m = args.length > 1 ? Conversion.toNumber(args[1]) : monthFromTime(t);
        double dt = args.length > 2 ? Conversion.toNumber(args[2]) : dateFromTime(t);
        double newDate = makeDate(makeDay(y, m, dt), timeWithinDay(t));
        return store(d, timeClip(newDate));
    }

    // 21.4.4.30 Date.prototype.setUTCHours ( hour [ , min [ , sec [ , ms ] ] ] )
    private static Object setUTCHours(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double h = Conversion.toNumber(arg(args, 0));
        double m = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        double s = args.length > 2 ? Conversion.toNumber(args[2]) : 0;
        double milli = args.length > 3 ? Conversion.toNumber(args[3]) : 0;
        if (t != t) return Double.NaN;
        if (args.length <= 1) m = minFromTime(t);
        if (args.length <= 2) s = secFromTime(t);
        if (args.length <= 3) milli = msFromTime(t);
        double date = makeDate(day(t), makeTime(h, m, s, milli));
        return store(d, timeClip(date));
    }

    // 21.4.4.31 Date.prototype.setUTCMilliseconds ( ms )
    private static Object setUTCMilliseconds(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double ms = Conversion.toNumber(arg(args, 0));
        if (t != t) return Double.NaN;
        double time = makeTime(hourFromTime(t), minFromTime(t), secFromTime(t), ms);
        return store(d, timeClip(makeDate(day(t), time)));
    }

    // 21.4.4.32 Date.prototype.setUTCMinutes ( min [ , sec [ , ms ] ] )
    private static Object setUTCMinutes(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double m = Conversion.toNumber(arg(args, 0));
        double s = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        double milli = args.length > 2 ? Conversion.toNumber(args[2]) : 0;
        if (t != t) return Double.NaN;
        if (args.length <= 1) s = secFromTime(t);
        if (args.length <= 2) milli = msFromTime(t);
        double date = makeDate(day(t), makeTime(hourFromTime(t), m, s, milli));
        return store(d, timeClip(date));
    }

    // 21.4.4.33 Date.prototype.setUTCMonth ( month [ , date ] )
    private static Object setUTCMonth(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double m = Conversion.toNumber(arg(args, 0));
        double dt = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        if (t != t) return Double.NaN;
        if (args.length <= 1) dt = dateFromTime(t);
        double newDate = makeDate(makeDay(yearFromTime(t), m, dt), timeWithinDay(t));
        return store(d, timeClip(newDate));
    }

    // 21.4.4.34 Date.prototype.setUTCSeconds ( sec [ , ms ] )
    private static Object setUTCSeconds(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double s = Conversion.toNumber(arg(args, 0));
        double milli = args.length > 1 ? Conversion.toNumber(args[1]) : 0;
        if (t != t) return Double.NaN;
        if (args.length <= 1) milli = msFromTime(t);
        double date = makeDate(day(t), makeTime(hourFromTime(t), minFromTime(t), s, milli));
        return store(d, timeClip(date));
    }

    // 21.4.4.35 Date.prototype.toDateString ( )
    private static Object toDateString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double tv = thisDate(f, thisArg).dateValue();
        if (tv != tv) return "Invalid Date";
        return DateStrings.dateString(localTime(tv));
    }

    // 21.4.4.36 Date.prototype.toISOString ( )
    private static Object toISOString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double tv = thisDate(f, thisArg).dateValue();
        if (!Double.isFinite(tv)) throw f.realm().rangeError("Invalid time value");
        return DateStrings.toISOString(tv);
    }

    // 21.4.4.37 Date.prototype.toJSON ( key )
    private static Object toJSON(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        JSObject o = Conversion.toObject(f.realm(), thisArg);
        Object tv = Conversion.toPrimitive(o, Conversion.Hint.NUMBER);
        if ((tv instanceof Integer || tv instanceof Double) && !Double.isFinite(((Number) tv).doubleValue())) return Null.INSTANCE;
        return ObjectOperations.invoke(f.realm(), o, "toISOString");
    }

    // 21.4.4.38 Date.prototype.toLocaleDateString ( [ reserved1 [ , reserved2 ] ] )
    private static Object toLocaleDateString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double tv = thisDate(f, thisArg).dateValue();
        return tv != tv ? "Invalid Date" : DateStrings.localeDateString(localTime(tv));
    }

    // 21.4.4.39 Date.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
    private static Object toLocaleString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double tv = thisDate(f, thisArg).dateValue();
        if (tv != tv) return "Invalid Date";
        double t = localTime(tv);
        return DateStrings.localeDateString(t) + ", " + DateStrings.localeTimeString(t);
    }

    // 21.4.4.40 Date.prototype.toLocaleTimeString ( [ reserved1 [ , reserved2 ] ] )
    private static Object toLocaleTimeString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double tv = thisDate(f, thisArg).dateValue();
        return tv != tv ? "Invalid Date" : DateStrings.localeTimeString(localTime(tv));
    }

    // 21.4.4.41 Date.prototype.toString ( )
    private static Object toStringMethod(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return DateStrings.toDateString(thisDate(f, thisArg).dateValue());
    }

    // 21.4.4.42 Date.prototype.toTimeString ( )
    private static Object toTimeString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        double tv = thisDate(f, thisArg).dateValue();
        if (tv != tv) return "Invalid Date";
        return DateStrings.timeString(localTime(tv)) + DateStrings.timeZoneString(tv);
    }

    // 21.4.4.43 Date.prototype.toUTCString ( )
    private static Object toUTCString(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return DateStrings.toUTCString(thisDate(f, thisArg).dateValue());
    }

    // 21.4.4.44 Date.prototype.valueOf ( )
    private static Object valueOf(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Types.number(thisDate(f, thisArg).dateValue());
    }

    // 21.4.4.45 Date.prototype [ %Symbol.toPrimitive% ] ( hint )
    private static Object toPrimitive(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        if (!(thisArg instanceof JSObject o)) throw f.realm().typeError("Date.prototype[Symbol.toPrimitive] called on non-object");
        Object hint = arg(args, 0);
        String h = hint instanceof CharSequence s ? s.toString() : "";
        Conversion.Hint tryFirst = switch (h) {
            case "string", "default" -> Conversion.Hint.STRING;
            case "number" -> Conversion.Hint.NUMBER;
            default -> throw f.realm().typeError("Invalid hint");
        };
        return Conversion.ordinaryToPrimitive(o, tryFirst);
    }

    // B.2.3.2 Date.prototype.setYear ( year )
    private static Object setYear(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        DateObject d = thisDate(f, thisArg);
        double t = d.dateValue();
        double y = Conversion.toNumber(arg(args, 0));
        t = t != t ? 0 : localTime(t);
        double yyyy = DateOperations.makeFullYear(y);
        double day = makeDay(yyyy, monthFromTime(t), dateFromTime(t));
        double date = makeDate(day, timeWithinDay(t));
        return store(d, timeClip(utc(date)));
    }
}
