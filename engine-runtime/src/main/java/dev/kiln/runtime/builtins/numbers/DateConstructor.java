package dev.kiln.runtime.builtins.numbers;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.DateObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Types;

/** 21.4.2 The Date Constructor and 21.4.3 its properties; installs %Date.prototype% too. */
public final class DateConstructor {
    private DateConstructor() {}

    public static void install(Realm realm) {
        JSObject proto = DatePrototype.create(realm);
        BuiltinFunction date = Define.constructor(realm, realm.intrinsic(Intrinsic.FUNCTION_PROTOTYPE), "Date", 7,
                proto, DateConstructor::construct);
        Define.method(realm, date, "now", 0, DateConstructor::now);
        Define.method(realm, date, "parse", 1, DateConstructor::parse);
        Define.method(realm, date, "UTC", 7, DateConstructor::utc);
        realm.setIntrinsic(Intrinsic.DATE_PROTOTYPE, proto);
        realm.setIntrinsic(Intrinsic.DATE, date);
        realm.defineGlobal("Date", date);
    }

    /** The time value of the current time. */
    private static double currentTime() {
        return System.currentTimeMillis();
    }

    // 21.4.2.1 Date ( ...values )
    private static Object construct(BuiltinFunction f, Object thisArg, Object[] values, JSObject newTarget) {
        if (newTarget == null) return DateStrings.toDateString(currentTime());
        double dv;
        if (values.length == 0) {
            dv = currentTime();
        } else if (values.length == 1) {
            Object value = values[0];
            double tv;
            if (value instanceof DateObject d) {
                tv = d.dateValue();
            } else {
                Object v = Conversion.toPrimitive(value, null);
                tv = v instanceof CharSequence s ? DateParser.parse(s.toString()) : Conversion.toNumber(v);
            }
            dv = DateOperations.timeClip(tv);
        } else {
            double finalDate = componentsToTime(values);
            dv = DateOperations.timeClip(DateOperations.utc(finalDate));
        }
        JSObject proto = ObjectOperations.getPrototypeFromConstructor(newTarget, Intrinsic.DATE_PROTOTYPE);
        return new DateObject(proto, dv);
    }

    /**
     * Steps 5.b-j of 21.4.2.1 and 1-8 of 21.4.3.4 (year, month [, date [, hours [, minutes [,
     * seconds [, ms]]]]] to MakeDate), converting every present argument in order.
     */
    private static double componentsToTime(Object[] values) {
        int n = values.length;
        double y = Conversion.toNumber(values[0]);
        double m = n > 1 ? Conversion.toNumber(values[1]) : 0;
        double dt = n > 2 ? Conversion.toNumber(values[2]) : 1;
        double h = n > 3 ? Conversion.toNumber(values[3]) : 0;
        double min = n > 4 ? Conversion.toNumber(values[4]) : 0;
        double s = n > 5 ? Conversion.toNumber(values[5]) : 0;
        double milli = n > 6 ? Conversion.toNumber(values[6]) : 0;
        double yr = DateOperations.makeFullYear(y);
        return DateOperations.makeDate(DateOperations.makeDay(yr, m, dt), DateOperations.makeTime(h, min, s, milli));
    }

    // 21.4.3.1 Date.now ( )
    private static Object now(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return currentTime();
    }

    // 21.4.3.2 Date.parse ( string )
    private static Object parse(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        return Types.number(DateParser.parse(Conversion.toString(arg(args, 0))));
    }

    // 21.4.3.4 Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds [ , ms ] ] ] ] ] ] )
    private static Object utc(BuiltinFunction f, Object thisArg, Object[] args, JSObject newTarget) {
        Object[] values = args.length == 0 ? new Object[] {arg(args, 0)} : args;
        return Types.number(DateOperations.timeClip(componentsToTime(values)));
    }
}
