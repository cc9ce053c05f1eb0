package dev.kiln.cli.host;

import dev.kiln.runtime.builtins.numbers.DateStrings;
import dev.kiln.runtime.function.FunctionData;
import dev.kiln.runtime.function.ScriptFunction;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.BoundFunction;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.DateObject;
import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.ImmutablePrototypeObject;
import dev.kiln.runtime.object.JSFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.PropertyDescriptor;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One run of node's {@code util.inspect}: the text node prints for a value, reproduced for what
 * scripts commonly print — primitives, arrays (holes, long arrays in columns), plain objects,
 * class instances, functions and classes, boxed primitives, dates, errors with their stack,
 * accessors, circular references — with node's line breaking (entries share a line while the whole stays
 * within the break length, up to three levels deep; otherwise one entry per line).
 *
 * <p>The object is only read through [[GetOwnProperty]], [[OwnPropertyKeys]] and
 * [[GetPrototypeOf]] (see {@link Properties}): inspecting never runs a getter or any other
 * JavaScript code. Node's {@code util.inspect.custom} hook is not supported for that reason.
 */
final class Inspector {
    /** Node's default {@code compact}: up to three inner levels may share one line. */
    private static final int COMPACT = 3;
    private static final int MAX_ARRAY_LENGTH = 100;
    private static final int MAX_STRING_LENGTH = 10_000;
    /** Strings up to this length are never split at their line breaks. */
    private static final int MIN_SPLIT_LENGTH = 16;
    /** Past this much output at one indentation level, node stops descending (depth becomes -1). */
    private static final long OUTPUT_BUDGET = 1L << 27;
    private static final Pattern IDENTIFIER_KEY = Pattern.compile("[a-zA-Z_][a-zA-Z_0-9]*");

    /** How a property is shown: node's kObjectType, kArrayType and kArrayExtrasType. */
    private enum Entry { OBJECT_PROPERTY, ARRAY_ELEMENT, ARRAY_PROPERTY }

    private final Inspection inspection;
    private final boolean showHidden;
    private final int breakLength;
    private int depth;
    private final List<JSObject> seen = new ArrayList<>();
    private IdentityHashMap<JSObject, Integer> circular;
    /** Spaces before the current entry's lines. */
    private int indentation;
    /** The nesting level of the object formatted last (node's ctx.currentDepth). */
    private int currentDepth;
    private final Map<Integer, Long> budget = new HashMap<>();

    Inspector(Inspection inspection, InspectOptions options) {
        this.inspection = inspection;
        this.showHidden = options.showHidden();
        this.breakLength = options.breakLength();
        this.depth = options.depth();
    }

    String format(Object value) {
        return formatValue(value, 0);
    }

    // ------------------------------------------------------------------ primitives

    private String formatPrimitive(Object value) {
        if (value instanceof CharSequence s) return formatString(s.toString());
        return primitiveText(value);
    }

    /** A primitive other than a string as node shows it: {@code -0}, {@code 1n}, {@code Symbol(x)}. */
    static String primitiveText(Object value) {
        if (value instanceof Integer i) return i.toString();
        if (value instanceof Double d) return d == 0 && 1 / d < 0 ? "-0" : NumberToString.toString(d);
        if (value instanceof BigInteger b) return b + "n";
        if (value instanceof Boolean b) return b.toString();
        if (value instanceof Symbol s) return s.descriptiveString();
        if (value == Null.INSTANCE) return "null";
        if (value == Undefined.INSTANCE) return "undefined";
        if (value instanceof CharSequence s) return s.toString();
        throw new IllegalArgumentException("not a primitive: " + value);
    }

    /** A string inside a container: quoted; a long one split after each line break, one quoted piece per line. */
    private String formatString(String s) {
        String trailer = "";
        if (s.length() > MAX_STRING_LENGTH) {
            int remaining = s.length() - MAX_STRING_LENGTH;
            s = s.substring(0, MAX_STRING_LENGTH);
            trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
        }
        if (s.length() > MIN_SPLIT_LENGTH && s.length() > breakLength - indentation - 4) {
            StringBuilder sb = new StringBuilder();
            String separator = " +\n" + " ".repeat(indentation + 2);
            int start = 0;
            while (start < s.length()) {
                int newline = s.indexOf('\n', start);
                int end = newline < 0 ? s.length() : newline + 1;
                if (start > 0) sb.append(separator);
                sb.append(StringQuoting.quote(s.substring(start, end)));
                start = end;
            }
            return sb.append(trailer).toString();
        }
        return StringQuoting.quote(s) + trailer;
    }

    // ------------------------------------------------------------------ objects

    private String formatValue(Object value, int recurseTimes) {
        if (!(value instanceof JSObject object)) return formatPrimitive(value);
        for (JSObject o : seen) {
            if (o == object) return "[Circular *" + circularIndex(object) + "]";
        }
        return formatRaw(object, recurseTimes);
    }

    private int circularIndex(JSObject object) {
        if (circular == null) circular = new IdentityHashMap<>();
        return circular.computeIfAbsent(object, o -> circular.size() + 1);
    }

    private String formatRaw(JSObject value, int recurseTimes) {
        List<String> protoProps = showHidden && recurseTimes <= depth ? new ArrayList<>() : null;
        String constructor = constructorName(value, recurseTimes, protoProps);
        if (protoProps != null && protoProps.isEmpty()) protoProps = null;
        String tag = toStringTag(value);

        String base = "";
        String[] braces = {"{", "}"};
        List<Object> keys;
        Entry extrasType = Entry.OBJECT_PROPERTY;
        ArrayObject array = value instanceof ArrayObject a ? a : null;
        if (array != null) {
            String prefix = !"Array".equals(constructor) || !tag.isEmpty()
                    ? prefix(constructor, tag, "Array", "(" + array.length() + ")") : "";
            keys = Properties.keys(value, showHidden, true);
            braces[0] = prefix + "[";
            braces[1] = "]";
            if (array.length() == 0 && keys.isEmpty() && protoProps == null) return braces[0] + "]";
            extrasType = Entry.ARRAY_PROPERTY;
        } else {
            keys = Properties.keys(value, showHidden, false);
            if (value.isCallable()) {
                base = functionBase(value, constructor, tag);
                if (keys.isEmpty() && protoProps == null) return base;
            } else if ("Object".equals(constructor)) {
                if (value.builtinTag().equals("Arguments")) braces[0] = "[Arguments] {";
                else if (!tag.isEmpty()) braces[0] = prefix(constructor, tag, "Object", "") + "{";
                if (keys.isEmpty() && protoProps == null) return braces[0] + "}";
            } else if (value instanceof DateObject date) {
                double time = date.dateValue();
                String prefix = prefix(constructor, tag, "Date", "");
                base = (prefix.equals("Date ") ? "" : prefix) + (Double.isNaN(time) ? "Invalid Date" : DateStrings.toISOString(time));
                if (keys.isEmpty() && protoProps == null) return base;
            } else if (inspection.isError(value)) {
                base = new ErrorFormat(inspection, showHidden, indentation).format(value, constructor, tag, keys);
                if (keys.isEmpty() && protoProps == null) return base;
            } else if (value instanceof PrimitiveWrapper wrapper) {
                base = boxedBase(wrapper, keys, constructor, tag);
                if (keys.isEmpty() && protoProps == null) return base;
            } else {
                String style = ctxStyle(value, constructor, tag);
                if (keys.isEmpty() && protoProps == null) return style + "{}";
                braces[0] = style + "{";
            }
        }

        if (recurseTimes > depth) {
            String style = ctxStyle(value, constructor, tag);
            String name = style.substring(0, style.length() - 1);
            return constructor != null ? "[" + name + "]" : name;
        }
        recurseTimes++;
        seen.add(value);
        currentDepth = recurseTimes;
        List<String> output = array != null ? formatArray(array, recurseTimes) : new ArrayList<>();
        for (Object key : keys) output.add(formatProperty(value, recurseTimes, key, extrasType, null));
        if (protoProps != null) output.addAll(protoProps);
        if (circular != null) {
            Integer index = circular.get(value);
            if (index != null) {
                String reference = "<ref *" + index + ">";
                base = base.isEmpty() ? reference : reference + " " + base;
            }
        }
        seen.remove(seen.size() - 1);

        String result = reduceToSingleString(output, base, braces, extrasType, recurseTimes, array);
        long written = budget.merge(indentation, (long) result.length(), Long::sum);
        if (written > OUTPUT_BUDGET) depth = -1;
        return result;
    }

    /**
     * The name of the nearest constructor on the prototype chain whose {@code prototype} the object
     * inherits from ({@code "Foo"} for {@code new Foo}); null for an object without a prototype.
     * With {@code protoProps}, also collects the properties of user-defined prototypes on the way.
     */
    private String constructorName(JSObject object, int recurseTimes, List<String> protoProps) {
        JSObject firstProto = null;
        boolean pastFirst = false;
        for (JSObject o = object; o != null; ) {
            String wellKnown = wellKnownPrototypeName(o);
            if (wellKnown != null && o != object) {
                if (protoProps != null && firstProto != o) addPrototypeProperties(object, pastFirst ? firstProto : object, recurseTimes, protoProps);
                return wellKnown;
            }
            PropertyDescriptor desc = o.getOwnProperty("constructor");
            if (desc != null && desc.isDataDescriptor() && desc.value() instanceof JSObject c && c.isCallable()) {
                Object name = Properties.data(c, "name");
                if (!"".equals(stringOrNull(name)) && isInstance(object, c)) {
                    String result = displayString(name);
                    if (protoProps != null && (firstProto != o || !inspection.isBuiltinName(result))) {
                        addPrototypeProperties(object, pastFirst ? firstProto : object, recurseTimes, protoProps);
                    }
                    return result;
                }
            }
            o = o.getPrototypeOf();
            if (!pastFirst) {
                firstProto = o;
                pastFirst = true;
            }
        }
        if (firstProto == null) return null;
        String fallback = internalConstructorName(object);
        if (recurseTimes > depth) return fallback + " <Complex prototype>";
        String protoConstructor = constructorName(firstProto, recurseTimes + 1, protoProps);
        if (protoConstructor == null) {
            InspectOptions options = new InspectOptions(-1, showHidden, breakLength);
            return fallback + " <" + new Inspector(inspection, options).format(firstProto) + ">";
        }
        return fallback + " <" + protoConstructor + ">";
    }

    /** "Object" and "Function" for %Object.prototype% and %Function.prototype%, whatever their "constructor" says. */
    private static String wellKnownPrototypeName(JSObject o) {
        if (o instanceof ImmutablePrototypeObject) return "Object";
        if (o instanceof BuiltinFunction f && f.realm().intrinsic(Intrinsic.FUNCTION_PROTOTYPE) == f) return "Function";
        return null;
    }

    /** {@code object instanceof c} as OrdinaryHasInstance decides it, reading "prototype" without getters. */
    private static boolean isInstance(JSObject object, JSObject c) {
        while (c instanceof BoundFunction b) c = b.targetFunction();
        return Properties.data(c, "prototype") instanceof JSObject prototype && Properties.inheritsFrom(object, prototype);
    }

    /** What V8 reports as the class of an object whose prototype chain names no constructor. */
    private static String internalConstructorName(JSObject o) {
        if (o instanceof JSFunction) return "Function";
        if (o instanceof ArrayObject) return "Array";
        if (o instanceof ErrorObject) return "Error";
        return "Object";
    }

    /** Properties of user-defined prototypes (up to three levels), shown with {@code showHidden}. */
    private void addPrototypeProperties(JSObject main, JSObject obj, int recurseTimes, List<String> output) {
        Set<Object> keysAbove = new HashSet<>();
        List<Object> keys = List.of();
        for (int level = 0; level < 3; level++) {
            if (level != 0 || main == obj) {
                obj = obj.getPrototypeOf();
                if (obj == null) return;
                PropertyDescriptor desc = obj.getOwnProperty("constructor");
                if (desc != null && desc.isDataDescriptor() && desc.value() instanceof JSObject c && c.isCallable()
                        && inspection.isBuiltinName(stringOrNull(Properties.data(c, "name")))) {
                    return;
                }
            }
            keysAbove.addAll(keys);
            keys = obj.ownPropertyKeys();
            seen.add(main);
            for (Object key : keys) {
                if ("constructor".equals(key) || main.hasOwnProperty(key) || (level != 0 && keysAbove.contains(key))) continue;
                PropertyDescriptor desc = obj.getOwnProperty(key);
                if (desc == null || (desc.isDataDescriptor() && desc.value() instanceof JSObject f && f.isCallable())) continue;
                output.add(formatProperty(obj, recurseTimes, key, Entry.OBJECT_PROPERTY, desc));
            }
            seen.remove(seen.size() - 1);
        }
    }

    /** The object's Symbol.toStringTag if it is a non-empty string that its own keys do not show already; else "". */
    private String toStringTag(JSObject value) {
        String tag = Properties.string(value, Symbol.TO_STRING_TAG);
        if (tag == null) return "";
        if (!tag.isEmpty() && (showHidden ? value.hasOwnProperty(Symbol.TO_STRING_TAG)
                : Properties.isEnumerable(value, Symbol.TO_STRING_TAG))) {
            return "";
        }
        return tag;
    }

    /** {@code Foo }, {@code Foo [tag] }, {@code Array(3) }, or for a null prototype {@code [Object: null prototype] }. */
    static String prefix(String constructor, String tag, String fallback, String size) {
        if (constructor == null) {
            if (!tag.isEmpty() && !fallback.equals(tag)) return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            return "[" + fallback + size + ": null prototype] ";
        }
        if (!tag.isEmpty() && !constructor.equals(tag)) return constructor + size + " [" + tag + "] ";
        return constructor + size + " ";
    }

    private static String ctxStyle(JSObject value, String constructor, String tag) {
        String fallback = "";
        if (constructor == null) {
            fallback = internalConstructorName(value);
            if (fallback.equals(tag)) fallback = "Object";
        }
        return prefix(constructor, tag, fallback, "");
    }

    private String functionBase(JSObject function, String constructor, String tag) {
        FunctionData data = function instanceof ScriptFunction f ? f.data() : null;
        if (data != null && data.is(FunctionData.CLASS_CONSTRUCTOR)) return classBase(function, constructor, tag);
        String type = "Function";
        if (data != null && data.is(FunctionData.GENERATOR)) type = "Generator" + type;
        if (data != null && data.is(FunctionData.ASYNC)) type = "Async" + type;
        StringBuilder base = new StringBuilder("[").append(type);
        if (constructor == null) base.append(" (null prototype)");
        Object name = Properties.data(function, "name");
        if ("".equals(stringOrNull(name))) base.append(" (anonymous)");
        else base.append(": ").append(displayString(name));
        base.append(']');
        if (constructor != null && !constructor.equals(type)) base.append(' ').append(constructor);
        if (!tag.isEmpty() && !tag.equals(constructor)) base.append(" [").append(tag).append(']');
        return base.toString();
    }

    private static String classBase(JSObject function, String constructor, String tag) {
        Object ownName = Properties.ownData(function, "name");
        StringBuilder base = new StringBuilder("class ").append(isTruthy(ownName) ? displayString(ownName) : "(anonymous)");
        if (constructor != null && !constructor.equals("Function")) base.append(" [").append(constructor).append(']');
        if (!tag.isEmpty() && !tag.equals(constructor)) base.append(" [").append(tag).append(']');
        if (constructor != null) {
            JSObject parent = function.getPrototypeOf();
            Object superName = parent == null ? null : Properties.data(parent, "name");
            if (isTruthy(superName)) base.append(" extends ").append(displayString(superName));
        } else {
            base.append(" extends [null prototype]");
        }
        return "[" + base + "]";
    }

    /** {@code [Number: 3]}, {@code [String: 'abc']}; a String object's index keys are left out. */
    private String boxedBase(PrimitiveWrapper wrapper, List<Object> keys, String constructor, String tag) {
        Object primitive = wrapper.primitiveValue();
        String type;
        if (primitive instanceof CharSequence s) {
            type = "String";
            keys.subList(0, Math.min(s.length(), keys.size())).clear();
        } else if (primitive instanceof Integer || primitive instanceof Double) {
            type = "Number";
        } else if (primitive instanceof Boolean) {
            type = "Boolean";
        } else if (primitive instanceof BigInteger) {
            type = "BigInt";
        } else {
            type = "Symbol";
        }
        StringBuilder base = new StringBuilder("[").append(type);
        if (!type.equals(constructor)) base.append(constructor == null ? " (null prototype)" : " (" + constructor + ")");
        base.append(": ").append(formatPrimitive(primitive)).append(']');
        if (!tag.isEmpty() && !tag.equals(constructor)) base.append(" [").append(tag).append(']');
        return base.toString();
    }

    // ------------------------------------------------------------------ arrays

    private List<String> formatArray(ArrayObject array, int recurseTimes) {
        long length = array.length();
        int shown = (int) Math.min(MAX_ARRAY_LENGTH, length);
        List<String> output = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            if (!array.hasOwnProperty(i)) return formatSparseArray(array, recurseTimes, shown, output, i);
            output.add(formatProperty(array, recurseTimes, i, Entry.ARRAY_ELEMENT, null));
        }
        if (length > shown) output.add(moreItems(length - shown));
        return output;
    }

    /** An array with holes from index {@code i} on: each run of holes is one {@code <n empty items>} entry. */
    private List<String> formatSparseArray(ArrayObject array, int recurseTimes, int maxLength, List<String> output, int i) {
        List<Object> keys = new ArrayList<>(Properties.keys(array, false, false));
        keys.removeIf(k -> k instanceof Symbol);
        long index = i;
        for (; i < keys.size() && output.size() < maxLength; i++) {
            if (!(keys.get(i) instanceof Integer key)) break;
            long at = PropertyKey.index(key);
            if (at != index) {
                output.add(emptyItems(at - index));
                index = at;
                if (output.size() == maxLength) break;
            }
            output.add(formatProperty(array, recurseTimes, key, Entry.ARRAY_ELEMENT, null));
            index++;
        }
        long remaining = array.length() - index;
        if (output.size() != maxLength) {
            if (remaining > 0) output.add(emptyItems(remaining));
        } else if (remaining > 0) {
            output.add(moreItems(remaining));
        }
        return output;
    }

    private static String emptyItems(long n) {
        return "<" + n + " empty item" + (n > 1 ? "s" : "") + ">";
    }

    private static String moreItems(long n) {
        return "... " + n + " more item" + (n > 1 ? "s" : "");
    }

    // ------------------------------------------------------------------ properties

    private String formatProperty(JSObject object, int recurseTimes, Object key, Entry type, PropertyDescriptor desc) {
        if (desc == null) desc = object.getOwnProperty(key);
        if (desc == null) desc = inheritedAsEnumerable(object, key);
        String text;
        if (desc.isDataDescriptor() && desc.value() != Undefined.INSTANCE) {
            indentation += 2;
            text = formatValue(desc.value(), recurseTimes);
            indentation -= 2;
        } else if (desc.isAccessorDescriptor() && desc.getter() != Undefined.INSTANCE) {
            text = desc.setter() != Undefined.INSTANCE ? "[Getter/Setter]" : "[Getter]";
        } else if (desc.isAccessorDescriptor() && desc.setter() != Undefined.INSTANCE) {
            text = "[Setter]";
        } else {
            text = "undefined";
        }
        if (type == Entry.ARRAY_ELEMENT) return text;
        return keyText(key, desc.enumerable()) + ": " + text;
    }

    /** A property found on the prototype chain, shown as if own and enumerable (an error's inherited "cause"). */
    private static PropertyDescriptor inheritedAsEnumerable(JSObject object, Object key) {
        for (JSObject o = object.getPrototypeOf(); o != null; o = o.getPrototypeOf()) {
            PropertyDescriptor desc = o.getOwnProperty(key);
            if (desc != null) {
                return desc.isAccessorDescriptor()
                        ? PropertyDescriptor.accessor(desc.getter(), desc.setter(), true, true)
                        : PropertyDescriptor.data(desc.value(), true, true, true);
            }
        }
        return PropertyDescriptor.data(Undefined.INSTANCE, true, true, true);
    }

    /** {@code a}, {@code 'a-b'}, {@code [Symbol(s)]}, {@code [hidden]}, {@code ['__proto__']}. */
    private static String keyText(Object key, boolean enumerable) {
        if (key instanceof Symbol s) return "[" + StringQuoting.escape(s.descriptiveString()) + "]";
        String name = PropertyKey.toValue(key).toString();
        if (name.equals("__proto__")) return "['__proto__']";
        if (!enumerable) return "[" + StringQuoting.escape(name) + "]";
        if (IDENTIFIER_KEY.matcher(name).matches()) return name;
        return StringQuoting.quote(name);
    }

    // ------------------------------------------------------------------ layout

    /**
     * Joins the entries: on one line ({@code { a: 1, b: 2 }}) when the object is at most
     * {@link #COMPACT} levels above the innermost one just formatted and the line stays within
     * the break length; otherwise one entry per line, indented by two spaces.
     */
    private String reduceToSingleString(List<String> output, String base, String[] braces, Entry extrasType,
                                        int recurseTimes, ArrayObject array) {
        int entries = output.size();
        if (extrasType == Entry.ARRAY_PROPERTY && entries > 6) {
            output = ArrayGrouping.group(output, MAX_ARRAY_LENGTH < entries, allNumbers(array, entries),
                    indentation, breakLength, COMPACT);
        }
        if (currentDepth - recurseTimes < COMPACT && entries == output.size()) {
            // Node's estimate: entries, separators and a margin of 10 for what precedes the object.
            int start = output.size() + indentation + braces[0].length() + base.length() + 10;
            if (isBelowBreakLength(output, start, base)) {
                String joined = String.join(", ", output);
                if (joined.indexOf('\n') < 0) {
                    return (base.isEmpty() ? "" : base + " ") + braces[0] + " " + joined + " " + braces[1];
                }
            }
        }
        String newline = "\n" + " ".repeat(indentation);
        return (base.isEmpty() ? "" : base + " ") + braces[0] + newline + "  "
                + String.join("," + newline + "  ", output) + newline + braces[1];
    }

    private boolean isBelowBreakLength(List<String> output, int start, String base) {
        long total = (long) output.size() + start;
        if (total + output.size() > breakLength) return false;
        for (String entry : output) {
            total += entry.length();
            if (total > breakLength) return false;
        }
        return base.isEmpty() || base.indexOf('\n') < 0;
    }

    /** Whether the array's first {@code count} elements are all numbers or bigints (grouped columns align right). */
    private static boolean allNumbers(ArrayObject array, int count) {
        for (int i = 0; i < count; i++) {
            Object v = Properties.data(array, i);
            if (!(v instanceof Integer || v instanceof Double || v instanceof BigInteger)) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ helpers

    private static String stringOrNull(Object v) {
        return v instanceof CharSequence s ? s.toString() : null;
    }

    /** {@code String(v)} for a value read as data; objects are not converted, as that would run their code. */
    static String displayString(Object v) {
        if (v == null) return "undefined";
        if (v instanceof JSObject o) return o.isCallable() ? "[Function]" : "[object " + o.builtinTag() + "]";
        if (v instanceof Symbol s) return s.descriptiveString();
        return Conversion.toString(v);
    }

    /** ToBoolean of a value read as data; null (absent) is false. */
    static boolean isTruthy(Object v) {
        return v != null && (v instanceof JSObject || Conversion.toBoolean(v));
    }
}
