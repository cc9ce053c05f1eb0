package dev.kiln.runtime.builtins.structured;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.ArrayObject;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Iteration;
import dev.kiln.runtime.realm.Intrinsic;
import dev.kiln.runtime.realm.Realm;
import dev.kiln.runtime.shape.Property;
import dev.kiln.runtime.value.Null;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 25.5.1.1 ParseJSON: a hand-written scanner and parser for the JSON text grammar of ECMA-404,
 * building the JavaScript values directly.
 *
 * <p>Nesting is handled with an explicit stack of open arrays and objects, not Java recursion,
 * so any depth parses. Errors are SyntaxErrors naming the problem and the position as V8 does
 * ("Expected ',' or ']' after array element in JSON at position 4 (line 1 column 5)").
 *
 * <p>For a reviver, the parser can also record where each value came from
 * ({@link ParseRecord}): the JSON Parse Records of the json-parse-with-source proposal, whose
 * source text the reviver sees as {@code context.source}.
 */
final class JSONParser {
    /**
     * A JSON Parse Record: a parsed value, where its source text lies, and the records of its
     * elements (an array) or of its properties by key (an object; the last duplicate wins).
     */
    static final class ParseRecord {
        final Object value;
        final int start;
        final int end;
        final ParseRecord[] elements;
        final Map<Object, ParseRecord> entries;

        ParseRecord(Object value, int start, int end, ParseRecord[] elements, Map<Object, ParseRecord> entries) {
            this.value = value;
            this.start = start;
            this.end = end;
            this.elements = elements;
            this.entries = entries;
        }
    }

    /** An array or object whose members are still being parsed. */
    private static final class Open {
        final boolean isArray;
        final int start;
        Object[] items;
        int count;
        JSObject object;
        /** The canonical key of the member being parsed (objects). */
        Object key;
        List<ParseRecord> elementRecords;
        Map<Object, ParseRecord> entryRecords;

        Open(boolean isArray, int start) {
            this.isArray = isArray;
            this.start = start;
        }
    }

    private final Realm realm;
    private final String text;
    private final int length;
    private final boolean recordSources;
    private int pos;
    /** The record of the value just parsed, when recording sources. */
    private ParseRecord lastRecord;

    private JSONParser(Realm realm, String text, boolean recordSources) {
        this.realm = realm;
        this.text = text;
        this.length = text.length();
        this.recordSources = recordSources;
    }

    /** The value of JSON text {@code text}; a SyntaxError if it is not valid JSON. */
    static Object parse(Realm realm, String text) {
        return new JSONParser(realm, text, false).parseText();
    }

    /** The value of {@code text} with the parse records of it and its parts. */
    static ParseRecord parseWithSources(Realm realm, String text) {
        JSONParser parser = new JSONParser(realm, text, true);
        parser.parseText();
        return parser.lastRecord;
    }

    private Object parseText() {
        Object value = parseValue();
        skipWhitespace();
        if (pos < length) throw errorAt("Unexpected non-whitespace character after JSON at position ", pos);
        return value;
    }

    /** Parses one value, iterating through nested arrays and objects with an explicit stack. */
    private Object parseValue() {
        List<Open> stack = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (pos >= length) throw endOfInput();
            int start = pos;
            char c = text.charAt(pos);
            Object value;
            if (c == '[') {
                pos++;
                skipWhitespace();
                if (pos < length && text.charAt(pos) == ']') {
                    pos++;
                    value = record(ArrayObject.of(realm), start, new ParseRecord[0], null);
                } else {
                    Open open = new Open(true, start);
                    open.items = new Object[8];
                    if (recordSources) open.elementRecords = new ArrayList<>();
                    stack.add(open);
                    continue;
                }
            } else if (c == '{') {
                pos++;
                skipWhitespace();
                JSObject object = new JSObject(realm.intrinsic(Intrinsic.OBJECT_PROTOTYPE));
                if (pos < length && text.charAt(pos) == '}') {
                    pos++;
                    value = record(object, start, null, Map.of());
                } else {
                    Open open = new Open(false, start);
                    open.object = object;
                    if (recordSources) open.entryRecords = new HashMap<>();
                    open.key = parsePropertyName("Expected property name or '}'");
                    stack.add(open);
                    continue;
                }
            } else {
                value = record(parsePrimitive(c), start, null, null);
            }
            // Store the value in the innermost open array or object, closing those that end.
            while (true) {
                if (stack.isEmpty()) return value;
                Open open = stack.get(stack.size() - 1);
                addMember(open, value);
                skipWhitespace();
                if (pos >= length) throw endOfInput();
                char next = text.charAt(pos++);
                if (open.isArray) {
                    if (next == ',') break;
                    if (next != ']') throw error("Expected ',' or ']' after array element", pos - 1);
                    stack.remove(stack.size() - 1);
                    Object[] items = open.items.length == open.count ? open.items : Arrays.copyOf(open.items, open.count);
                    value = record(ArrayObject.of(realm, items), open.start,
                            recordSources ? open.elementRecords.toArray(new ParseRecord[0]) : null, null);
                } else {
                    if (next == ',') {
                        skipWhitespace();
                        open.key = parsePropertyName("Expected double-quoted property name");
                        break;
                    }
                    if (next != '}') throw error("Expected ',' or '}' after property value", pos - 1);
                    stack.remove(stack.size() - 1);
                    value = record(open.object, open.start, null, open.entryRecords);
                }
            }
        }
    }

    private void addMember(Open open, Object value) {
        if (open.isArray) {
            if (open.count == open.items.length) {
                if (open.count >= Iteration.MAX_LIST_LENGTH) throw JSException.rangeError("Invalid array length");
                open.items = Arrays.copyOf(open.items, open.count * 2);
            }
            open.items[open.count++] = value;
            if (recordSources) open.elementRecords.add(lastRecord);
        } else {
            // 13.2.5.5 during ParseJSON: every member, "__proto__" included, is a data property; the last duplicate wins.
            open.object.defineOwn(open.key, value, Property.DEFAULT);
            if (recordSources) open.entryRecords.put(open.key, lastRecord);
        }
    }

    /** Remembers the parse record of a value when recording sources; returns the value. */
    private Object record(Object value, int start, ParseRecord[] elements, Map<Object, ParseRecord> entries) {
        if (recordSources) lastRecord = new ParseRecord(value, start, pos, elements, entries);
        return value;
    }

    /** A member name and the colon after it (pos at the name, whitespace skipped). */
    private Object parsePropertyName(String expected) {
        if (pos >= length) throw endOfInput();
        if (text.charAt(pos) != '"') throw error(expected, pos);
        String name = parseString();
        skipWhitespace();
        if (pos >= length) throw endOfInput();
        if (text.charAt(pos) != ':') throw error("Expected ':' after property name", pos);
        pos++;
        return PropertyKey.fromString(name);
    }

    private Object parsePrimitive(char c) {
        switch (c) {
            case '"':
                return parseString();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", Null.INSTANCE);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return parseNumber();
                throw unexpectedToken(pos);
        }
    }

    private Object literal(String word, Object value) {
        int n = word.length();
        for (int i = 0; i < n; i++) {
            if (pos + i >= length) throw endOfInput();
            if (text.charAt(pos + i) != word.charAt(i)) throw unexpectedToken(pos + i);
        }
        pos += n;
        return value;
    }

    /** A string token (pos at the opening quote): the common case without escapes is one substring. */
    private String parseString() {
        int start = ++pos;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') return text.substring(start, pos++);
            if (c == '\\' || c < 0x20) break;
            pos++;
        }
        StringBuilder sb = new StringBuilder(pos - start + 16).append(text, start, pos);
        while (true) {
            if (pos >= length) throw error("Unterminated string", pos);
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) throw error("Bad control character in string literal", pos);
            if (c != '\\') {
                sb.append(c);
                pos++;
                continue;
            }
            if (++pos >= length) throw error("Unterminated string", pos);
            char e = text.charAt(pos++);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = pos < length ? Character.digit(text.charAt(pos), 16) : -1;
                        if (d < 0) throw error("Bad Unicode escape", pos < length ? pos : pos - 1);
                        v = v * 16 + d;
                        pos++;
                    }
                    sb.append((char) v);
                }
                default -> throw error("Bad escaped character", pos - 1);
            }
        }
    }

    /** A number token: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)? */
    private Object parseNumber() {
        int start = pos;
        boolean negative = text.charAt(pos) == '-';
        if (negative) {
            pos++;
            if (pos >= length || !isDigit(text.charAt(pos))) throw error("No number after minus sign", pos);
        }
        int intStart = pos;
        if (text.charAt(pos) == '0') {
            pos++;
            if (pos < length && isDigit(text.charAt(pos))) throw error("Unexpected number", pos);
        } else {
            while (pos < length && isDigit(text.charAt(pos))) pos++;
        }
        int intDigits = pos - intStart;
        boolean integral = true;
        if (pos < length && text.charAt(pos) == '.') {
            integral = false;
            pos++;
            if (pos >= length || !isDigit(text.charAt(pos))) throw error("Unterminated fractional number", pos);
            while (pos < length && isDigit(text.charAt(pos))) pos++;
        }
        if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            integral = false;
            pos++;
            if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            if (pos >= length || !isDigit(text.charAt(pos))) throw error("Exponent part is missing a number", pos);
            while (pos < length && isDigit(text.charAt(pos))) pos++;
        }
        if (integral && intDigits <= 9) {
            int v = 0;
            for (int i = intStart; i < pos; i++) v = v * 10 + (text.charAt(i) - '0');
            if (negative) return v == 0 ? (Object) (-0.0) : (Object) (-v);
            return v;
        }
        double d = Double.parseDouble(text.substring(start, pos));
        int i = (int) d;
        return i == d && (i != 0 || !negative) ? (Object) i : (Object) d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** JSON whitespace: tab, line feed, carriage return and space only. */
    private void skipWhitespace() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            pos++;
        }
    }

    // ---------------------------------------------------------------- errors

    private JSException endOfInput() {
        return JSException.syntaxError("Unexpected end of JSON input");
    }

    private JSException unexpectedToken(int at) {
        if (at >= length) return endOfInput();
        int cp = text.codePointAt(at);
        return error("Unexpected token '" + new String(Character.toChars(cp)) + "'", at);
    }

    /** "<what> in JSON at position N (line L column C)", as V8 words it. */
    private JSException error(String what, int at) {
        return errorAt(what + " in JSON at position ", at);
    }

    /** The message {@code prefix} followed by "N (line L column C)". */
    private JSException errorAt(String prefix, int at) {
        int line = 1, column = 1;
        for (int i = 0; i < at && i < length; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return JSException.syntaxError(prefix + at + " (line " + line + " column " + column + ")");
    }
}
