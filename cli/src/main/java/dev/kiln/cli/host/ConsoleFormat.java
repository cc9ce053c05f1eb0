package dev.kiln.cli.host;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.math.BigInteger;

/**
 * Node's {@code util.format}: the arguments of {@code console.log} joined by spaces, strings
 * as they are and other values inspected, with printf-style placeholders in a first string
 * argument — {@code %s} (String, or inspected to depth 0 for objects without a toString of
 * their own), {@code %d} (Number), {@code %i} (parseInt), {@code %f} (parseFloat), {@code %j}
 * (JSON.stringify), {@code %o} (inspected with hidden properties, depth 4), {@code %O}
 * (inspected), {@code %c} (a CSS style: consumed, not printed) and {@code %%}.
 *
 * <p>Unlike inspection, the conversions a placeholder asks for run JavaScript code (a user's
 * toString or valueOf), exactly as they do in node.
 */
final class ConsoleFormat {
    private final Inspection inspection;

    ConsoleFormat(Inspection inspection) {
        this.inspection = inspection;
    }

    String format(Object[] args) {
        int a = 0;
        StringBuilder out = new StringBuilder();
        String join = "";
        if (args.length > 0 && args[0] instanceof CharSequence firstArg) {
            String first = firstArg.toString();
            if (args.length == 1) return first;
            int lastPos = 0;
            for (int i = 0; i < first.length() - 1; i++) {
                if (first.charAt(i) != '%') continue;
                char next = first.charAt(++i);
                if (a + 1 == args.length) {
                    if (next == '%') {
                        out.append(first, lastPos, i);
                        lastPos = i + 1;
                    }
                    continue;
                }
                String replacement;
                switch (next) {
                    case 's' -> replacement = string(args[++a]);
                    case 'j' -> replacement = json(args[++a]);
                    case 'd' -> replacement = number(args[++a]);
                    case 'O' -> replacement = inspection.inspect(args[++a]);
                    case 'o' -> replacement = inspection.inspect(args[++a],
                            InspectOptions.DEFAULT.withShowHidden(true).withDepth(4));
                    case 'i' -> replacement = parsed(args[++a], Intrinsic.PARSE_INT);
                    case 'f' -> replacement = parsed(args[++a], Intrinsic.PARSE_FLOAT);
                    case 'c' -> {
                        a++;
                        replacement = "";
                    }
                    case '%' -> {
                        out.append(first, lastPos, i);
                        lastPos = i + 1;
                        continue;
                    }
                    default -> {
                        continue; // not a placeholder: stays as written
                    }
                }
                if (lastPos != i - 1) out.append(first, lastPos, i - 1);
                out.append(replacement);
                lastPos = i + 1;
            }
            if (lastPos != 0) {
                a++;
                join = " ";
                if (lastPos < first.length()) out.append(first, lastPos, first.length());
            }
        }
        for (; a < args.length; a++) {
            out.append(join);
            out.append(args[a] instanceof CharSequence s ? s : inspection.inspect(args[a]));
            join = " ";
        }
        return out.toString();
    }

    /** %s: numbers and bigints as inspected, objects without a toString of their own inspected to depth 0, the rest String(v). */
    private String string(Object v) {
        if (v instanceof Integer || v instanceof Double || v instanceof BigInteger) return Inspector.primitiveText(v);
        if (v instanceof JSObject o && !o.isCallable() && hasBuiltInToString(o)) {
            return inspection.inspect(v, InspectOptions.DEFAULT.withDepth(0));
        }
        return v instanceof Symbol s ? s.descriptiveString() : Conversion.toString(v);
    }

    /**
     * Whether the toString (or Symbol.toPrimitive) that String(o) would call is a built-in one:
     * the nearest object on the chain that has it is a prototype of a built-in constructor.
     */
    private boolean hasBuiltInToString(JSObject o) {
        boolean lookForToString = true;
        boolean lookForToPrimitive = true;
        if (!isCallable(Properties.data(o, "toString"))) {
            if (!isCallable(Properties.data(o, Symbol.TO_PRIMITIVE))) return true;
            if (o.hasOwnProperty(Symbol.TO_PRIMITIVE)) return false;
            lookForToString = false;
        } else if (o.hasOwnProperty("toString")) {
            return false;
        } else if (!isCallable(Properties.data(o, Symbol.TO_PRIMITIVE))) {
            lookForToPrimitive = false;
        } else if (o.hasOwnProperty(Symbol.TO_PRIMITIVE)) {
            return false;
        }
        JSObject holder = o;
        do {
            holder = holder.getPrototypeOf();
            if (holder == null) return true;
        } while (!(lookForToString && holder.hasOwnProperty("toString"))
                && !(lookForToPrimitive && holder.hasOwnProperty(Symbol.TO_PRIMITIVE)));
        PropertyDescriptor desc = holder.getOwnProperty("constructor");
        return desc != null && desc.isDataDescriptor() && desc.value() instanceof JSObject c && c.isCallable()
                && Properties.data(c, "name") instanceof CharSequence name && inspection.isBuiltinName(name.toString());
    }

    private static boolean isCallable(Object v) {
        return v instanceof JSObject o && o.isCallable();
    }

    /** %d: Number(v), but bigints stay bigints and symbols are NaN. */
    private static String number(Object v) {
        if (v instanceof BigInteger) return Inspector.primitiveText(v);
        if (v instanceof Symbol) return "NaN";
        return Inspector.primitiveText(Conversion.toNumber(v));
    }

    /** %i and %f: the realm's parseInt or parseFloat of v; bigints stay bigints for %i, symbols are NaN. */
    private String parsed(Object v, Intrinsic parser) {
        if (v instanceof BigInteger && parser == Intrinsic.PARSE_INT) return Inspector.primitiveText(v);
        if (v instanceof Symbol) return "NaN";
        return Inspector.primitiveText(ObjectOperations.call(inspection.realm().intrinsic(parser), Undefined.INSTANCE, v));
    }

    /** %j: JSON.stringify(v), or {@code [Circular]} where it fails on a cycle. */
    private String json(Object v) {
        Realm realm = inspection.realm();
        JSObject json = realm.intrinsic(Intrinsic.JSON);
        Object stringify = json == null ? null : Properties.ownData(json, "stringify");
        if (!isCallable(stringify)) throw realm.typeError("%j needs JSON.stringify, which this realm does not have");
        try {
            return Inspector.primitiveText(ObjectOperations.call(stringify, json, v));
        } catch (JSException e) {
            if (isCircularStructureError(e.value(realm), stringify, json)) return "[Circular]";
            throw e;
        }
    }

    /** Whether {@code error} is the TypeError that JSON.stringify throws for a cycle (compared with one it throws now). */
    private boolean isCircularStructureError(Object error, Object stringify, JSObject json) {
        if (!(error instanceof JSObject e) || !"TypeError".equals(Properties.string(e, "name"))) return false;
        JSObject cycle = ObjectOperations.newObject(inspection.realm());
        cycle.set("a", cycle);
        try {
            ObjectOperations.call(stringify, json, cycle);
            return false;
        } catch (JSException reference) {
            return reference.value(inspection.realm()) instanceof JSObject r
                    && firstLine(Properties.string(r, "message")).equals(firstLine(Properties.string(e, "message")));
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }
}
