package dev.kiln.runtime.builtins.structured;

import dev.kiln.runtime.builtins.indexed.ArrayOperations;
import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.Elements;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.shape.Shape;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.StringLimits;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The JSON Serialization Record (25.5.2.1) and the serialization operations of JSON.stringify
 * (25.5.2.2-6), writing into one StringBuilder instead of building and joining lists of
 * strings: a member whose value turns out to be undefined is cut off again.
 */
final class JSONSerializer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Realm realm;
    /** [[ReplacerFunction]]; null for undefined. */
    private final JSObject replacerFunction;
    /** [[PropertyList]] as canonical keys; null for undefined. */
    private final List<Object> propertyList;
    /** [[Gap]] */
    private final String gap;
    /** [[Indent]] */
    private String indent = "";
    /** [[Stack]] */
    private final List<JSObject> stack = new ArrayList<>();
    /** The objects of a deep [[Stack]], so that the cycle check stays constant-time; null while shallow. */
    private Set<JSObject> deepStack;
    private final StringBuilder out = new StringBuilder();

    /**
     * Counts the steps that may have run JavaScript code (toJSON, the replacer, getters, traps,
     * valueOf/toString of wrappers): while it stays the same, no object has changed, so a
     * lookup of "toJSON" that found nothing stays true for objects of the same shape and
     * prototype. {@link #withoutToJSON} remembers a few such (shape, prototype) pairs.
     */
    private int codeEpoch;
    private final Shape[] withoutToJSONShape = new Shape[4];
    private final JSObject[] withoutToJSONProto = new JSObject[4];
    private final int[] withoutToJSONEpoch = new int[4];
    private int withoutToJSONNext;

    JSONSerializer(Realm realm, JSObject replacerFunction, List<Object> propertyList, String gap) {
        this.realm = realm;
        this.replacerFunction = replacerFunction;
        this.propertyList = propertyList;
        this.gap = gap;
    }

    /** SerializeJSONProperty(state, "", wrapper) for JSON.stringify: the text, or null for undefined. */
    String serializeTop(JSObject wrapper) {
        return serializeProperty("", wrapper) ? out.toString() : null;
    }

    /**
     * 25.5.2.2 SerializeJSONProperty: appends the serialization of holder[key] and returns
     * true, or returns false (the spec's undefined) having appended nothing.
     */
    private boolean serializeProperty(Object key, JSObject holder) {
        Object value = null;
        if (key instanceof Integer i && holder instanceof ArrayObject a) value = a.getIndexFast(i);
        if (value == null) {
            codeEpoch++;
            value = key instanceof Integer ? ArrayOperations.get(holder, PropertyKey.index(key)) : holder.get(key, holder);
        }
        return serializeValue(key, holder, value);
    }

    private boolean serializeValue(Object key, JSObject holder, Object value) {
        if (value instanceof JSObject o ? !withoutToJSON(o) : value instanceof BigInteger) {
            codeEpoch++;
            Object toJSON = ObjectOperations.getV(realm, value, "toJSON");
            if (Comparison.isCallable(toJSON)) value = ((JSObject) toJSON).call(value, PropertyKey.toValue(key));
        }
        if (replacerFunction != null) {
            codeEpoch++;
            value = replacerFunction.call(holder, PropertyKey.toValue(key), value);
        }
        if (value instanceof JSObject o) {
            if (o instanceof RawJSONObject raw) {
                out.append(raw.rawJSON());
                return true;
            }
            if (o instanceof PrimitiveWrapper w) {
                codeEpoch++;
                Object primitive = w.primitiveValue();
                if (primitive instanceof Integer || primitive instanceof Double) value = Conversion.toNumber(o);
                else if (primitive instanceof String) value = Conversion.toString(o);
                else if (primitive instanceof Boolean || primitive instanceof BigInteger) value = primitive;
            }
        }
        if (value == Null.INSTANCE) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (value instanceof CharSequence s) {
            quote(out, s.toString());
        } else if (value instanceof Integer i) {
            out.append(i.intValue());
        } else if (value instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? "null" : NumberToString.toString(d));
        } else if (value instanceof BigInteger) {
            throw JSException.typeError("Do not know how to serialize a BigInt");
        } else if (value instanceof JSObject o && !o.isCallable()) {
            if (o.isArray()) serializeArray(o);
            else serializeObject(o);
        } else {
            return false; // undefined, a symbol, or a function
        }
        if (out.length() > StringLimits.MAX_LENGTH) throw JSException.rangeError("Invalid string length");
        return true;
    }

    /**
     * Whether a plain object or array certainly has no "toJSON" (own or inherited), known
     * without running code: from the cache while no code has run, else by {@link JSObject#peekData}.
     */
    private boolean withoutToJSON(JSObject o) {
        Class<?> c = o.getClass();
        if (c != JSObject.class && c != ArrayObject.class) return false;
        Shape shape = o.shape;
        JSObject proto = o.getPrototypeOf();
        for (int i = 0; i < withoutToJSONShape.length; i++) {
            if (withoutToJSONShape[i] == shape && withoutToJSONProto[i] == proto && withoutToJSONEpoch[i] == codeEpoch) return true;
        }
        if (!shape.isCacheable() || o.peekData("toJSON") != JSObject.NOT_FOUND) return false;
        int i = withoutToJSONNext;
        withoutToJSONNext = (i + 1) % withoutToJSONShape.length;
        withoutToJSONShape[i] = shape;
        withoutToJSONProto[i] = proto;
        withoutToJSONEpoch[i] = codeEpoch;
        return true;
    }

    /** 25.5.2.5 SerializeJSONObject */
    private void serializeObject(JSObject value) {
        enter(value);
        String stepBack = indent;
        indent = indent + gap;
        out.append('{');
        boolean any = false;
        if (propertyList != null) {
            for (Object key : propertyList) any |= member(value, key, any);
        } else if (value.getClass() == JSObject.class) {
            any = ordinaryMembers(value);
        } else {
            codeEpoch++;
            for (Object p : ObjectOperations.enumerableOwnProperties(realm, value, ObjectOperations.EnumerableKind.KEY)) {
                any |= member(value, PropertyKey.fromString((String) p), any);
            }
        }
        if (any && !gap.isEmpty()) out.append('\n').append(stepBack);
        out.append('}');
        leave(stepBack);
    }

    /**
     * The members of an ordinary object: its enumerable string keys (EnumerableOwnProperties,
     * which runs no code on an ordinary object) taken once up front, then each value read with
     * [[Get]] as the spec does, straight from the slot while the object keeps its shape.
     */
    private boolean ordinaryMembers(JSObject value) {
        Elements elements = value.elements;
        long[] indices = elements == null || elements.count() == 0 ? new long[0] : elements.indices();
        int enumerable = 0;
        for (long index : indices) if ((elements.flags(index) & Property.ENUMERABLE) != 0) indices[enumerable++] = index;
        Shape shape = value.shape;
        Property[] properties = shape.properties();
        boolean any = false;
        for (int i = 0; i < enumerable; i++) any |= member(value, PropertyKey.fromIndex(indices[i]), any);
        for (Property p : properties) {
            if (!(p.key() instanceof String) || !p.isEnumerable()) continue;
            int mark = out.length();
            if (any) out.append(',');
            memberName((String) p.key());
            Object v;
            if (value.shape == shape && shape.isCacheable() && !p.isAccessor()) {
                v = value.slots[p.slot()];
            } else {
                codeEpoch++;
                v = value.get(p.key(), value);
            }
            if (serializeValue(p.key(), value, v)) any = true;
            else out.setLength(mark);
        }
        return any;
    }

    /** Appends the member for key; returns whether it was kept. */
    private boolean member(JSObject holder, Object key, boolean any) {
        int mark = out.length();
        if (any) out.append(',');
        memberName(PropertyKey.toValue(key).toString());
        if (serializeProperty(key, holder)) return true;
        out.setLength(mark);
        return false;
    }

    /** The start of a member: line break and indent if there is a gap, the quoted name and colon. */
    private void memberName(String name) {
        if (!gap.isEmpty()) out.append('\n').append(indent);
        quote(out, name);
        out.append(':');
        if (!gap.isEmpty()) out.append(' ');
    }

    /** 25.5.2.6 SerializeJSONArray */
    private void serializeArray(JSObject value) {
        enter(value);
        String stepBack = indent;
        indent = indent + gap;
        out.append('[');
        if (!(value instanceof ArrayObject)) codeEpoch++;
        long len = ObjectOperations.lengthOfArrayLike(value);
        for (long index = 0; index < len; index++) {
            if (index > 0) out.append(',');
            if (!gap.isEmpty()) out.append('\n').append(indent);
            if (!serializeProperty(PropertyKey.fromIndex(index), value)) out.append("null");
            if (out.length() > StringLimits.MAX_LENGTH) throw JSException.rangeError("Invalid string length");
            if ((index & 0xFFF) == 0xFFF) realm.poll();
        }
        if (len > 0 && !gap.isEmpty()) out.append('\n').append(stepBack);
        out.append(']');
        leave(stepBack);
    }

    /** Steps 1-2 of SerializeJSONObject and SerializeJSONArray: the cycle check. */
    private void enter(JSObject value) {
        boolean cyclic;
        if (deepStack != null) {
            cyclic = !deepStack.add(value);
        } else {
            cyclic = false;
            for (JSObject o : stack) cyclic |= o == value;
            if (stack.size() == 32) {
                deepStack = Collections.newSetFromMap(new IdentityHashMap<>());
                deepStack.addAll(stack);
                deepStack.add(value);
            }
        }
        if (cyclic) throw JSException.typeError("Converting circular structure to JSON");
        stack.add(value);
    }

    /** Steps 11-12 of SerializeJSONObject and SerializeJSONArray: leave the stack. */
    private void leave(String stepBack) {
        JSObject value = stack.remove(stack.size() - 1);
        if (deepStack != null) deepStack.remove(value);
        indent = stepBack;
    }

    /** 25.5.2.3 QuoteJSONString, appended to {@code out}; lone surrogates are escaped. */
    static void quote(StringBuilder out, String value) {
        out.append('"');
        int n = value.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a well-formed pair stays as it is
                continue;
            }
            out.append(value, run, i);
            run = i + 1;
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> unicodeEscape(out, c);
            }
        }
        out.append(value, run, n);
        out.append('"');
    }

    /** 25.5.2.4 UnicodeEscape */
    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
    }
}
