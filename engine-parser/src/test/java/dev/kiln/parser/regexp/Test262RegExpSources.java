package dev.kiln.parser.regexp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the RegExp patterns a test262 file spells out: regular expression literals, and calls
 * {@code RegExp("…", "…")} / {@code new RegExp("…")} whose arguments are string literals, with
 * whether such a call sits inside {@code assert.throws(SyntaxError, …)}. A small JavaScript
 * scanner (comments, strings, templates, regex-or-division by the previous token) that is enough
 * for test262's RegExp tests; it is a test aid until Kiln runs test262 itself.
 */
final class Test262RegExpSources {

    /** One pattern found in a file. */
    record Found(String pattern, String flags, boolean literal, boolean expectSyntaxError, int offset) {
    }

    private final String src;
    private int pos;
    private final List<Found> found = new ArrayList<>();
    /** True if the scanner met something it does not model (then the file's findings may be incomplete). */
    private boolean unsure;

    private Test262RegExpSources(String src) {
        this.src = src;
    }

    static Test262RegExpSources scan(String source) {
        Test262RegExpSources s = new Test262RegExpSources(source);
        s.run();
        return s;
    }

    List<Found> found() {
        return found;
    }

    boolean unsure() {
        return unsure;
    }

    /**
     * Whether the code after {@code $DONOTEVALUATE();} (or the whole file) is nothing but regular
     * expression literals and semicolons: then a parse error of the file is an error of a pattern.
     */
    boolean onlyLiterals() {
        return onlyLiterals;
    }

    private boolean onlyLiterals;

    // tokens: kind + text
    private enum Kind { IDENT, NUMBER, STRING, TEMPLATE, REGEX, PUNCT }

    private record Token(Kind kind, String text, int start, String value, String flags) {
    }

    private void run() {
        List<Token> tokens = new ArrayList<>();
        Token previous = null;
        while (true) {
            skipTrivia();
            if (pos >= src.length()) break;
            Token t = next(previous);
            if (t == null) {
                unsure = true;
                break;
            }
            tokens.add(t);
            previous = t;
        }
        int code = 0;
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (is(tokens.get(i), "$DONOTEVALUATE")) code = i + 4;
        }
        onlyLiterals = code < tokens.size();
        for (int i = code; i < tokens.size(); i++) {
            onlyLiterals &= tokens.get(i).kind == Kind.REGEX || is(tokens.get(i), ";");
        }
        // RegExp calls, and the extent of assert.throws(SyntaxError, ...)
        List<int[]> throwsSpans = new ArrayList<>();
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (is(tokens.get(i), "assert") && is(tokens.get(i + 1), ".") && is(tokens.get(i + 2), "throws")
                    && is(tokens.get(i + 3), "(") && is(tokens.get(i + 4), "SyntaxError")) {
                int close = matching(tokens, i + 3, "(", ")");
                throwsSpans.add(new int[] {i + 3, close});
            }
            // the older form: try { ... } catch (e) { ... SyntaxError ... }
            if (is(tokens.get(i), "try") && is(tokens.get(i + 1), "{")) {
                int tryClose = matching(tokens, i + 1, "{", "}");
                if (tryClose + 2 < tokens.size() && is(tokens.get(tryClose + 1), "catch")) {
                    int catchBody = tryClose + 2;
                    if (is(tokens.get(catchBody), "(")) catchBody = matching(tokens, catchBody, "(", ")") + 1;
                    if (catchBody < tokens.size() && is(tokens.get(catchBody), "{")) {
                        int catchClose = matching(tokens, catchBody, "{", "}");
                        for (int k = catchBody; k < catchClose; k++) {
                            if (is(tokens.get(k), "SyntaxError")) {
                                throwsSpans.add(new int[] {i + 1, tryClose});
                                break;
                            }
                        }
                    }
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.REGEX) {
                found.add(new Found(t.value, t.flags, true, false, t.start));
            } else if (is(t, "RegExp") && i + 2 < tokens.size() && is(tokens.get(i + 1), "(")
                    && (i == 0 || !is(tokens.get(i - 1), ".")) && !isRegExpArgument(tokens, i)) {
                Token pattern = tokens.get(i + 2);
                if (pattern.kind != Kind.STRING) continue;
                String flags = "";
                int after = i + 3;
                if (after + 1 < tokens.size() && is(tokens.get(after), ",") && tokens.get(after + 1).kind == Kind.STRING) {
                    flags = tokens.get(after + 1).value;
                    after += 2;
                }
                if (after >= tokens.size() || !is(tokens.get(after), ")")) continue; // computed arguments
                boolean inThrows = false;
                for (int[] span : throwsSpans) inThrows |= i > span[0] && i < span[1];
                if (pattern.value == null || flags == null) {
                    unsure = true;
                    continue;
                }
                found.add(new Found(pattern.value, flags, false, inThrows, t.start));
            }
        }
    }

    /** {@code RegExp(new RegExp(...))}: the inner call only makes the outer one's argument. */
    private static boolean isRegExpArgument(List<Token> tokens, int call) {
        int i = call - 1;
        if (i >= 0 && is(tokens.get(i), "new")) i--;
        return i >= 1 && is(tokens.get(i), "(") && is(tokens.get(i - 1), "RegExp");
    }

    private static boolean is(Token t, String text) {
        return (t.kind == Kind.IDENT || t.kind == Kind.PUNCT) && t.text.equals(text);
    }

    private static int matching(List<Token> tokens, int open, String opening, String closing) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind != Kind.PUNCT) continue;
            if (t.text.equals(opening)) depth++;
            else if (t.text.equals(closing) && --depth == 0) return i;
        }
        return tokens.size();
    }

    private void skipTrivia() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                pos++;
            } else if (src.startsWith("//", pos)) {
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r'
                        && src.charAt(pos) != '\u2028' && src.charAt(pos) != '\u2029') pos++;
            } else if (src.startsWith("/*", pos)) {
                int close = src.indexOf("*/", pos + 2);
                pos = close < 0 ? src.length() : close + 2;
            } else {
                return;
            }
        }
    }

    private static final String KEYWORDS_BEFORE_EXPRESSION =
            " return typeof case do else in of new delete void throw instanceof yield await ";

    private boolean regexAllowedAfter(Token previous) {
        if (previous == null) return true;
        return switch (previous.kind) {
            case NUMBER, STRING, TEMPLATE, REGEX -> false;
            case IDENT -> KEYWORDS_BEFORE_EXPRESSION.contains(" " + previous.text + " ");
            // after '}' a statement usually starts; after ')' or ']' a '/' divides
            case PUNCT -> !previous.text.equals(")") && !previous.text.equals("]");
        };
    }

    private Token next(Token previous) {
        int start = pos;
        char c = src.charAt(pos);
        if (Character.isJavaIdentifierStart(c) || c == '\\') {
            pos++;
            while (pos < src.length() && (Character.isJavaIdentifierPart(src.charAt(pos)))) pos++;
            return new Token(Kind.IDENT, src.substring(start, pos), start, null, null);
        }
        if (Character.isDigit(c)) {
            while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.' || src.charAt(pos) == '_')) pos++;
            return new Token(Kind.NUMBER, src.substring(start, pos), start, null, null);
        }
        if (c == '"' || c == '\'') return string(c);
        if (c == '`') {
            // templates: skipped whole (substitutions with nested templates are not modelled)
            pos++;
            while (pos < src.length() && src.charAt(pos) != '`') pos += src.charAt(pos) == '\\' ? 2 : 1;
            pos++;
            return new Token(Kind.TEMPLATE, src.substring(start, Math.min(pos, src.length())), start, null, null);
        }
        if (c == '/' && regexAllowedAfter(previous)) return regex();
        for (String p : new String[] {">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
                "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=", "%=",
                "&=", "|=", "^=", "<<", ">>", "**"}) {
            if (src.startsWith(p, pos)) {
                pos += p.length();
                return new Token(Kind.PUNCT, p, start, null, null);
            }
        }
        pos++;
        return new Token(Kind.PUNCT, String.valueOf(c), start, null, null);
    }

    private Token regex() {
        int start = pos++;
        boolean inClass = false;
        while (true) {
            if (pos >= src.length()) return null;
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return null;
            if (c == '\\') {
                // a backslash before a line terminator is a lexical error of the literal
                if (pos + 1 >= src.length() || "\n\r\u2028\u2029".indexOf(src.charAt(pos + 1)) >= 0) return null;
                pos += 2;
                continue;
            }
            if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) break;
            pos++;
        }
        String body = src.substring(start + 1, pos);
        pos++;
        int flagsStart = pos;
        while (pos < src.length() && (Character.isJavaIdentifierPart(src.charAt(pos)) || src.charAt(pos) == '\\')) pos++;
        String flags = src.substring(flagsStart, pos);
        if (flags.indexOf('\\') >= 0) {
            // escaped flags are a lexical error of the literal, not a pattern's
            return new Token(Kind.IDENT, src.substring(start, pos), start, null, null);
        }
        return new Token(Kind.REGEX, src.substring(start, pos), start, body, flags);
    }

    /** A string literal; its value is null if it has an escape this scanner does not decode. */
    private Token string(char quote) {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        boolean ok = true;
        while (pos < src.length() && src.charAt(pos) != quote) {
            char c = src.charAt(pos++);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'v' -> value.append('\u000B');
                case '\r' -> {
                    if (pos < src.length() && src.charAt(pos) == '\n') pos++;
                }
                case '\n', '\u2028', '\u2029' -> { }
                case 'x' -> {
                    value.append((char) Integer.parseInt(src.substring(pos, pos + 2), 16));
                    pos += 2;
                }
                case 'u' -> {
                    if (src.charAt(pos) == '{') {
                        int close = src.indexOf('}', pos);
                        value.appendCodePoint(Integer.parseInt(src.substring(pos + 1, close), 16));
                        pos = close + 1;
                    } else {
                        value.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                }
                case '0' -> {
                    if (pos < src.length() && Character.isDigit(src.charAt(pos))) ok = false;
                    value.append('\0');
                }
                default -> {
                    if (Character.isDigit(e)) ok = false;
                    value.append(e);
                }
            }
        }
        pos++;
        return new Token(Kind.STRING, src.substring(start, Math.min(pos, src.length())), start, ok ? value.toString() : null, null);
    }
}
