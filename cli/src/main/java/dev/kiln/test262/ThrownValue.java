package dev.kiln.test262;

import dev.kiln.runtime.completion.StackTrace;
import dev.kiln.runtime.object.ErrorObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.ops.NumberToString;
import dev.kiln.runtime.value.Symbol;
import dev.kiln.runtime.value.Types;
import java.math.BigInteger;

/**
 * What the runner reads of a value a test threw: the name of its constructor (which a runtime
 * negative test names) and a one-line description for reports. Both are read as plain data along
 * the prototype chain, never running a getter or any other JavaScript code, so judging a test
 * cannot change its outcome.
 */
final class ThrownValue {
    private ThrownValue() {}

    /**
     * {@code value.constructor.name} when both are data properties and the name is a string
     * (for an error: its prototype's constructor's name); null otherwise.
     */
    static String constructorName(Object value) {
        if (!(value instanceof JSObject object)) return null;
        return object.peekData("constructor") instanceof JSObject constructor
                && constructor.peekData("name") instanceof CharSequence name ? name.toString() : null;
    }

    /**
     * {@code TypeError: message (at file:line:column)} for an object, with its constructor's name,
     * its {@code message} and its innermost JavaScript frame, as far as they can be read without
     * running code; {@code a string: "text"} and the like for a primitive. A frame in the test
     * itself is {@code (at line:column)}, the line in the test file: {@code linesAdded} is how
     * many lines the mode put before the test's text.
     */
    static String describe(Object value, String testName, int linesAdded) {
        if (!(value instanceof JSObject object)) return primitive(value);
        String name = constructorName(object);
        StringBuilder text = new StringBuilder(name != null ? name : "an object without a constructor name");
        if (object.peekData("message") instanceof CharSequence message && message.length() > 0) {
            text.append(": ").append(message);
        }
        if (object instanceof ErrorObject error && !error.stackTrace().frames().isEmpty()) {
            StackTrace.Frame frame = error.stackTrace().frames().get(0);
            text.append(" (at ");
            if (frame.file().equals(testName)) {
                text.append(frame.line() - linesAdded);
            } else {
                text.append(frame.file()).append(':').append(frame.line());
            }
            text.append(':').append(frame.column()).append(')');
        }
        return text.toString();
    }

    private static String primitive(Object value) {
        String type = Types.typeof(value);
        if (value instanceof CharSequence s) return "a string: \"" + s + "\"";
        if (Types.isNumber(value)) return "a number: " + NumberToString.toString(((Number) value).doubleValue());
        if (value instanceof BigInteger b) return "a bigint: " + b + "n";
        if (value instanceof Symbol s) return "a symbol: Symbol(" + (s.description() == null ? "" : s.description()) + ")";
        if (value instanceof Boolean b) return "a boolean: " + b;
        return type.equals("object") ? "null" : type;
    }
}
