package dev.kiln.runtime.builtins.structured;

import static dev.kiln.runtime.object.BuiltinFunction.arg;

import dev.kiln.runtime.builtins.Define;
import dev.kiln.runtime.builtins.indexed.ArrayOperations;
import dev.kiln.runtime.object.BuiltinFunction;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PrimitiveWrapper;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.object.StringObject;
import dev.kiln.runtime.ops.Comparison;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.ops.ObjectOperations;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 25.5 The JSON Object: parse (with the reviver's source text access of json-parse-with-source),
 * stringify, rawJSON and isRawJSON. The grammar work is in {@link JSONParser} and
 * {@link JSONSerializer}.
 *
 * <p>Parsing and serializing never recurse in Java per nesting level of the text, but a
 * reviver, toJSON or the serializer walking a very deep structure does; running out of Java
 * stack there is the RangeError a JavaScript engine gives for it.
 */
public final class JSONObject {
    private JSONObject() {}

    public static void install(Realm realm) {
        JSObject json = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
        Define.method(realm, json, "isRawJSON", 1, JSONObject::isRawJSON);
        Define.method(realm, json, "parse", 2, JSONObject::parse);
        Define.method(realm, json, "rawJSON", 1, JSONObject::rawJSON);
        Define.method(realm, json, "stringify", 3, JSONObject::stringify);
        Define.configurableConstant(json, Symbol.TO_STRING_TAG, "JSON");
        realm.setIntrinsic(Intrinsic.JSON, json);
        realm.defineGlobal("JSON", json);
    }

    // JSON.isRawJSON ( O )
    private static Object isRawJSON(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        return arg(args, 0) instanceof RawJSONObject;
    }

    // 25.5.1 JSON.parse ( text [ , reviver ] )
    private static Object parse(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        String jsonString = Conversion.toString(arg(args, 0));
        Object reviver = arg(args, 1);
        if (!Comparison.isCallable(reviver)) return JSONParser.parse(realm, jsonString);
        JSONParser.ParseRecord snapshot = JSONParser.parseWithSources(realm, jsonString);
        JSObject root = ObjectOperations.newObject(realm);
        ObjectOperations.createDataPropertyOrThrow(root, "", snapshot.value);
        try {
            return internalize(realm, jsonString, root, "", (JSObject) reviver, snapshot);
        } catch (StackOverflowError e) {
            throw realm.rangeError("Maximum call stack size exceeded");
        }
    }

    /** 25.5.1.2 InternalizeJSONProperty, with the parse record of the value (null if none). */
    private static Object internalize(Realm realm, String source, JSObject holder, Object name, JSObject reviver,
                                      JSONParser.ParseRecord valRecord) {
        Object val = holder.get(name, holder);
        JSObject context = ObjectOperations.newObject(realm);
        JSONParser.ParseRecord[] elementRecords = null;
        Map<Object, JSONParser.ParseRecord> entryRecords = null;
        if (valRecord != null && Comparison.sameValue(valRecord.value, val)) {
            if (!(val instanceof JSObject)) {
                ObjectOperations.createDataPropertyOrThrow(context, "source", source.substring(valRecord.start, valRecord.end));
            }
            elementRecords = valRecord.elements;
            entryRecords = valRecord.entries;
        }
        if (val instanceof JSObject o) {
            if (o.isArray()) {
                long len = ObjectOperations.lengthOfArrayLike(o);
                for (long i = 0; i < len; i++) {
                    Object prop = PropertyKey.fromIndex(i);
                    JSONParser.ParseRecord record = elementRecords != null && i < elementRecords.length ? elementRecords[(int) i] : null;
                    reviveMember(realm, source, o, prop, reviver, record);
                }
            } else {
                for (Object p : ObjectOperations.enumerableOwnProperties(realm, o, ObjectOperations.EnumerableKind.KEY)) {
                    Object prop = PropertyKey.fromString((String) p);
                    reviveMember(realm, source, o, prop, reviver, entryRecords == null ? null : entryRecords.get(prop));
                }
            }
        }
        return reviver.call(holder, PropertyKey.toValue(name), val, context);
    }

    /** InternalizeJSONProperty steps 2.b.iii.2-4 / 2.c.ii.1-3: revive one member, deleting or redefining it. */
    private static void reviveMember(Realm realm, String source, JSObject val, Object prop, JSObject reviver,
                                     JSONParser.ParseRecord record) {
        Object newElement = internalize(realm, source, val, prop, reviver, record);
        if (newElement == Undefined.INSTANCE) val.delete(prop);
        else ObjectOperations.createDataProperty(val, prop, newElement);
    }

    // JSON.rawJSON ( text )
    private static Object rawJSON(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        String jsonString = Conversion.toString(arg(args, 0));
        if (jsonString.isEmpty() || isJsonWhitespace(jsonString.charAt(0)) || isJsonWhitespace(jsonString.charAt(jsonString.length() - 1))) {
            throw realm.syntaxError("Invalid value for JSON.rawJSON");
        }
        char first = jsonString.charAt(0);
        if (first == '{' || first == '[') throw realm.syntaxError("Invalid value for JSON.rawJSON");
        JSONParser.parse(realm, jsonString);
        return new RawJSONObject(jsonString);
    }

    private static boolean isJsonWhitespace(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c == ' ';
    }

    // 25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] )
    private static Object stringify(BuiltinFunction f, Object thisArg, Object[] args, JSObject nt) {
        Realm realm = f.realm();
        Object value = arg(args, 0), replacer = arg(args, 1), space = arg(args, 2);
        JSObject replacerFunction = null;
        List<Object> propertyList = null;
        if (replacer instanceof JSObject r) {
            if (r.isCallable()) {
                replacerFunction = r;
            } else if (r.isArray()) {
                Set<String> list = new LinkedHashSet<>();
                long len = ObjectOperations.lengthOfArrayLike(r);
                for (long k = 0; k < len; k++) {
                    Object v = ArrayOperations.get(r, k);
                    String item = null;
                    if (v instanceof CharSequence s) item = s.toString();
                    else if (v instanceof Integer || v instanceof Double) item = Conversion.toString(v);
                    else if (v instanceof StringObject || v instanceof PrimitiveWrapper w && isNumberWrapper(w)) item = Conversion.toString(v);
                    if (item != null) list.add(item);
                }
                propertyList = new ArrayList<>(list.size());
                for (String item : list) propertyList.add(PropertyKey.fromString(item));
            }
        }
        if (space instanceof PrimitiveWrapper w) {
            if (isNumberWrapper(w)) space = Conversion.toNumber(space);
            else if (w instanceof StringObject) space = Conversion.toString(space);
        }
        String gap;
        if (space instanceof Integer || space instanceof Double) {
            double spaceMV = Math.min(10, Conversion.toIntegerOrInfinity(space));
            gap = spaceMV < 1 ? "" : " ".repeat((int) spaceMV);
        } else if (space instanceof CharSequence s) {
            String str = s.toString();
            gap = str.length() <= 10 ? str : str.substring(0, 10);
        } else {
            gap = "";
        }
        JSObject wrapper = ObjectOperations.newObject(realm);
        ObjectOperations.createDataPropertyOrThrow(wrapper, "", value);
        try {
            String result = new JSONSerializer(realm, replacerFunction, propertyList, gap).serializeTop(wrapper);
            return result == null ? Undefined.INSTANCE : result;
        } catch (StackOverflowError e) {
            throw realm.rangeError("Maximum call stack size exceeded");
        }
    }

    private static boolean isNumberWrapper(PrimitiveWrapper w) {
        return w.primitiveValue() instanceof Integer || w.primitiveValue() instanceof Double;
    }
}
