package dev.kiln.parser.lexer;

import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;

import java.math.BigInteger;

/**
 * The tokenizer (ECMA-262 12). It scans on demand, one token at a time, straight from the source
 * String with {@code charAt}; the current token lives in this object's fields, so scanning allocates
 * only for values (decoded strings, new names). The parser decides between the lexical goals:
 * a {@code /} or {@code /=} token is re-read as a regular expression by {@link #rescanRegExp()}, and
 * a {@code }} that closes a template substitution by {@link #rescanTemplateContinuation()}.
 */
public final class Lexer {
    private final Source source;
    private final String src;
    private final boolean htmlComments;
    private final NameTable names = new NameTable();
    private final StringBuilder buf = new StringBuilder();

    private int limit;
    private int pos;
    private boolean seenToken;

    // The current token.
    private TokenType type;
    private int start;
    private int end;
    private boolean newlineBefore;
    private String value;
    private double number;
    private boolean escaped;
    private boolean escapedKeyword;
    private int legacyOctalPos;
    private String raw;
    private int invalidEscapePos;
    private String invalidEscapeMessage;
    private String regExpFlags;

    /**
     * @param htmlComments whether HTML-like comments are recognised (Annex B, Scripts only)
     * @param hashbang     whether a {@code #!} comment may start the text
     */
    public Lexer(Source source, boolean htmlComments, boolean hashbang) {
        this.source = source;
        this.src = source.text();
        this.htmlComments = htmlComments;
        this.limit = src.length();
        if (hashbang && src.startsWith("#!")) {
            pos = 2;
            while (pos < limit && !isLineTerminator(src.charAt(pos))) pos++;
        }
    }

    // ---- The current token ----

    public TokenType type() {
        return type;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** A LineTerminator (possibly inside a comment) precedes the token: ASI and [no LineTerminator here]. */
    public boolean newlineBefore() {
        return newlineBefore;
    }

    /**
     * NAME, PRIVATE_NAME: the interned name with escapes decoded; STRING: the value; BIGINT: decimal
     * digits; templates: the cooked text (null if invalid); REGEXP: the body.
     */
    public String value() {
        return value;
    }

    public double number() {
        return number;
    }

    /** The name was written with a Unicode escape (so it cannot be a keyword or contextual keyword). */
    public boolean escaped() {
        return escaped;
    }

    /** The name is a reserved word written with escapes: usable as a property name only. */
    public boolean escapedKeyword() {
        return escapedKeyword;
    }

    /**
     * NUMBER: position of a legacy octal or {@code 08}-style literal; STRING: position of the first
     * legacy octal or {@code \8 \9} escape. -1 if none. Such tokens are errors in strict code.
     */
    public int legacyOctalPos() {
        return legacyOctalPos;
    }

    /** Templates: the raw text (TRV). */
    public String raw() {
        return raw;
    }

    /** Templates: where the first invalid escape is (an error unless tagged), or -1. */
    public int invalidEscapePos() {
        return invalidEscapePos;
    }

    public String invalidEscapeMessage() {
        return invalidEscapeMessage;
    }

    public String regExpFlags() {
        return regExpFlags;
    }

    // ---- Driving ----

    /**
     * Restricts scanning to {@code [from, to)}: for the separately parsed parts of a dynamic
     * function. Neither part starts a Script, so an HTMLCloseComment may open it only after a line
     * terminator (B.1.1): the body, whose parse text starts with one (20.2.1.1.1), but not the
     * parameters.
     */
    public void reset(int from, int to) {
        pos = from;
        limit = to;
        // seenToken only decides where an HTMLCloseComment may stand: as if at the start of a line.
        seenToken = from == 0 || !isLineTerminator(src.charAt(from - 1));
    }

    /** Scanner position and current token, for a parser look-ahead that must be undone. */
    public record State(int pos, boolean seenToken, TokenType type, int start, int end, boolean newlineBefore,
                        String value, double number, boolean escaped, boolean escapedKeyword, int legacyOctalPos,
                        String raw, int invalidEscapePos, String invalidEscapeMessage, String regExpFlags) {}

    public State save() {
        return new State(pos, seenToken, type, start, end, newlineBefore, value, number, escaped, escapedKeyword,
                legacyOctalPos, raw, invalidEscapePos, invalidEscapeMessage, regExpFlags);
    }

    public void restore(State s) {
        pos = s.pos;
        seenToken = s.seenToken;
        type = s.type;
        start = s.start;
        end = s.end;
        newlineBefore = s.newlineBefore;
        value = s.value;
        number = s.number;
        escaped = s.escaped;
        escapedKeyword = s.escapedKeyword;
        legacyOctalPos = s.legacyOctalPos;
        raw = s.raw;
        invalidEscapePos = s.invalidEscapePos;
        invalidEscapeMessage = s.invalidEscapeMessage;
        regExpFlags = s.regExpFlags;
    }

    public SyntaxError error(String problem, int offset) {
        return new SyntaxError(problem, source, offset);
    }

    /** Scans the next token. */
    public void next() {
        newlineBefore = false;
        skipSpace();
        seenToken = true;
        start = pos;
        escaped = false;
        escapedKeyword = false;
        legacyOctalPos = -1;
        if (pos >= limit) {
            type = TokenType.EOF;
            end = pos;
            return;
        }
        char c = src.charAt(pos);
        if (c < 128) {
            scanAscii(c);
        } else {
            int cp = src.codePointAt(pos);
            if (pos + Character.charCount(cp) > limit) cp = c;
            if (UnicodeIdentifiers.isIdStart(cp)) {
                scanIdentifier();
            } else {
                throw invalidCharacter(pos);
            }
        }
        end = pos;
    }

    private SyntaxError invalidCharacter(int at) {
        int cp = src.codePointAt(at);
        if (Character.isSurrogate((char) cp)) return error("Invalid or unexpected token: lone surrogate", at);
        if (cp == 0) return error("Invalid or unexpected token: NUL character", at);
        return error(String.format("Invalid or unexpected token: U+%04X", cp), at);
    }

    private void scanAscii(char c) {
        switch (c) {
            case '(' -> punct(TokenType.LPAREN, 1);
            case ')' -> punct(TokenType.RPAREN, 1);
            case '{' -> punct(TokenType.LBRACE, 1);
            case '}' -> punct(TokenType.RBRACE, 1);
            case '[' -> punct(TokenType.LBRACKET, 1);
            case ']' -> punct(TokenType.RBRACKET, 1);
            case ';' -> punct(TokenType.SEMICOLON, 1);
            case ',' -> punct(TokenType.COMMA, 1);
            case ':' -> punct(TokenType.COLON, 1);
            case '~' -> punct(TokenType.TILDE, 1);
            case '.' -> {
                char n = peekChar(1);
                if (n >= '0' && n <= '9') scanNumber();
                else if (n == '.' && peekChar(2) == '.') punct(TokenType.ELLIPSIS, 3);
                else punct(TokenType.DOT, 1);
            }
            case '?' -> {
                char n = peekChar(1);
                if (n == '?') {
                    if (peekChar(2) == '=') punct(TokenType.NULLISH_ASSIGN, 3);
                    else punct(TokenType.NULLISH, 2);
                } else if (n == '.' && !(peekChar(2) >= '0' && peekChar(2) <= '9')) {
                    punct(TokenType.QUESTION_DOT, 2); // 12.8 OptionalChainingPunctuator: ?. not before a digit
                } else {
                    punct(TokenType.QUESTION, 1);
                }
            }
            case '=' -> {
                char n = peekChar(1);
                if (n == '=') punct(peekChar(2) == '=' ? TokenType.STRICT_EQ : TokenType.EQ, peekChar(2) == '=' ? 3 : 2);
                else if (n == '>') punct(TokenType.ARROW, 2);
                else punct(TokenType.ASSIGN, 1);
            }
            case '!' -> {
                if (peekChar(1) == '=') punct(peekChar(2) == '=' ? TokenType.STRICT_NE : TokenType.NE, peekChar(2) == '=' ? 3 : 2);
                else punct(TokenType.BANG, 1);
            }
            case '+' -> {
                char n = peekChar(1);
                if (n == '+') punct(TokenType.INC, 2);
                else if (n == '=') punct(TokenType.ADD_ASSIGN, 2);
                else punct(TokenType.PLUS, 1);
            }
            case '-' -> {
                char n = peekChar(1);
                if (n == '-') punct(TokenType.DEC, 2);
                else if (n == '=') punct(TokenType.SUB_ASSIGN, 2);
                else punct(TokenType.MINUS, 1);
            }
            case '*' -> {
                char n = peekChar(1);
                if (n == '*') {
                    if (peekChar(2) == '=') punct(TokenType.EXP_ASSIGN, 3);
                    else punct(TokenType.STAR_STAR, 2);
                } else if (n == '=') {
                    punct(TokenType.MUL_ASSIGN, 2);
                } else {
                    punct(TokenType.STAR, 1);
                }
            }
            case '/' -> {
                if (peekChar(1) == '=') punct(TokenType.DIV_ASSIGN, 2);
                else punct(TokenType.SLASH, 1);
            }
            case '%' -> {
                if (peekChar(1) == '=') punct(TokenType.MOD_ASSIGN, 2);
                else punct(TokenType.PERCENT, 1);
            }
            case '&' -> {
                char n = peekChar(1);
                if (n == '&') punct(peekChar(2) == '=' ? TokenType.LOGICAL_AND_ASSIGN : TokenType.AND, peekChar(2) == '=' ? 3 : 2);
                else if (n == '=') punct(TokenType.AND_ASSIGN, 2);
                else punct(TokenType.AMP, 1);
            }
            case '|' -> {
                char n = peekChar(1);
                if (n == '|') punct(peekChar(2) == '=' ? TokenType.LOGICAL_OR_ASSIGN : TokenType.OR, peekChar(2) == '=' ? 3 : 2);
                else if (n == '=') punct(TokenType.OR_ASSIGN, 2);
                else punct(TokenType.PIPE, 1);
            }
            case '^' -> {
                if (peekChar(1) == '=') punct(TokenType.XOR_ASSIGN, 2);
                else punct(TokenType.CARET, 1);
            }
            case '<' -> {
                char n = peekChar(1);
                if (n == '<') punct(peekChar(2) == '=' ? TokenType.SHL_ASSIGN : TokenType.SHL, peekChar(2) == '=' ? 3 : 2);
                else if (n == '=') punct(TokenType.LE, 2);
                else punct(TokenType.LT, 1);
            }
            case '>' -> {
                char n = peekChar(1);
                if (n == '>') {
                    char n2 = peekChar(2);
                    if (n2 == '>') punct(peekChar(3) == '=' ? TokenType.USHR_ASSIGN : TokenType.USHR, peekChar(3) == '=' ? 4 : 3);
                    else if (n2 == '=') punct(TokenType.SHR_ASSIGN, 3);
                    else punct(TokenType.SHR, 2);
                } else if (n == '=') {
                    punct(TokenType.GE, 2);
                } else {
                    punct(TokenType.GT, 1);
                }
            }
            case '"', '\'' -> scanString(c);
            case '`' -> {
                pos++;
                scanTemplate(TokenType.TEMPLATE, TokenType.TEMPLATE_HEAD);
            }
            case '#' -> scanPrivateName();
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> scanNumber();
            default -> {
                if (isAsciiIdStart(c) || c == '\\') scanIdentifier();
                else throw invalidCharacter(pos);
            }
        }
    }

    private void punct(TokenType t, int length) {
        type = t;
        pos += length;
    }

    private char peekChar(int ahead) {
        int i = pos + ahead;
        return i < limit ? src.charAt(i) : '\0';
    }

    // ---- White space and comments (12.2, 12.3, 12.4, B.1.1) ----

    private void skipSpace() {
        while (pos < limit) {
            char c = src.charAt(pos);
            switch (c) {
                case ' ', '\t', '\u000B', '\f', '\u00A0', '\uFEFF' -> pos++;
                case '\n', '\r', '\u2028', '\u2029' -> {
                    pos++;
                    newlineBefore = true;
                }
                case '/' -> {
                    char n = peekChar(1);
                    if (n == '/') {
                        skipLineComment(2);
                    } else if (n == '*') {
                        skipBlockComment();
                    } else {
                        return;
                    }
                }
                case '<' -> {
                    // B.1.1 SingleLineHTMLOpenComment
                    if (htmlComments && peekChar(1) == '!' && peekChar(2) == '-' && peekChar(3) == '-') {
                        skipLineComment(4);
                    } else {
                        return;
                    }
                }
                case '-' -> {
                    // B.1.1 HTMLCloseComment: only first on a line (after white space and comments)
                    if (htmlComments && (newlineBefore || !seenToken) && peekChar(1) == '-' && peekChar(2) == '>') {
                        skipLineComment(3);
                    } else {
                        return;
                    }
                }
                default -> {
                    if (c > 127 && isSpaceSeparator(c)) pos++;
                    else return;
                }
            }
        }
    }

    private void skipLineComment(int skip) {
        pos += skip;
        while (pos < limit && !isLineTerminator(src.charAt(pos))) pos++;
    }

    private void skipBlockComment() {
        int at = pos;
        pos += 2;
        while (true) {
            if (pos >= limit) throw error("Unterminated comment", at);
            char c = src.charAt(pos);
            if (c == '*' && peekChar(1) == '/') {
                pos += 2;
                return;
            }
            if (isLineTerminator(c)) newlineBefore = true;
            pos++;
        }
    }

    public static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Unicode Zs (12.2 USP): stable since Unicode 6.3 removed U+180E. */
    private static boolean isSpaceSeparator(char c) {
        return c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F' || c == '\u3000';
    }

    // ---- Identifiers (12.7) ----

    private static boolean isAsciiIdStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
    }

    private static boolean isAsciiIdPart(char c) {
        return isAsciiIdStart(c) || (c >= '0' && c <= '9');
    }

    public static boolean isIdentifierStart(int cp) {
        return cp < 128 ? isAsciiIdStart((char) cp) : UnicodeIdentifiers.isIdStart(cp);
    }

    public static boolean isIdentifierPart(int cp) {
        return cp < 128 ? isAsciiIdPart((char) cp)
                : cp == 0x200C || cp == 0x200D || UnicodeIdentifiers.isIdContinue(cp);
    }

    private void scanIdentifier() {
        int begin = pos;
        int h = 0;
        while (pos < limit) {
            char c = src.charAt(pos);
            if (c < 128 && isAsciiIdPart(c)) {
                h = 31 * h + c;
                pos++;
            } else if (c == '\\' || c >= 128) {
                scanIdentifierSlow(begin);
                return;
            } else {
                break;
            }
        }
        int slot = names.lookup(src, begin, pos, h);
        type = names.type(slot);
        value = names.name(slot);
    }

    /** Identifiers with escapes or non-ASCII characters. */
    private void scanIdentifierSlow(int begin) {
        buf.setLength(0);
        buf.append(src, begin, pos);
        boolean first = pos == begin;
        while (pos < limit) {
            char c = src.charAt(pos);
            int cp;
            if (c == '\\') {
                int at = pos;
                if (peekChar(1) != 'u') throw error("Invalid Unicode escape sequence", at);
                pos += 2;
                cp = scanUnicodeEscapeBody(at);
                if (cp < 0) throw error("Invalid Unicode escape sequence", at);
                if (first ? !isIdentifierStart(cp) : !isIdentifierPart(cp)) {
                    throw error("Invalid Unicode escape sequence", at);
                }
                escaped = true;
            } else {
                cp = src.codePointAt(pos);
                if (pos + Character.charCount(cp) > limit) cp = c;
                if (first ? !isIdentifierStart(cp) : !isIdentifierPart(cp)) break;
                pos += Character.charCount(cp);
            }
            buf.appendCodePoint(cp);
            first = false;
        }
        int slot = names.lookup(buf.toString());
        value = names.name(slot);
        TokenType t = names.type(slot);
        if (escaped && t != TokenType.NAME) {
            type = TokenType.NAME;
            escapedKeyword = true;
        } else {
            type = t;
        }
    }

    private void scanPrivateName() {
        int at = pos;
        pos++;
        if (pos >= limit) throw error("Invalid or unexpected token", at);
        int cp = src.codePointAt(pos);
        if (!isIdentifierStart(cp) && cp != '\\') throw error("Invalid or unexpected token", at);
        scanIdentifier();
        type = TokenType.PRIVATE_NAME;
        escapedKeyword = false;
    }

    /**
     * After {@code \\u}: {@code XXXX} or {@code {X...}}; returns the code point, or -1 if malformed.
     * Leaves {@code pos} after the escape.
     */
    private int scanUnicodeEscapeBody(int escapeStart) {
        if (peekChar(0) == '{') {
            pos++;
            int cp = 0;
            int digits = 0;
            while (pos < limit && src.charAt(pos) != '}') {
                int d = hexDigit(src.charAt(pos));
                if (d < 0) return -1;
                cp = cp * 16 + d;
                if (cp > 0x10FFFF) return -1;
                digits++;
                pos++;
            }
            if (pos >= limit || digits == 0) return -1;
            pos++;
            return cp;
        }
        int cp = 0;
        for (int i = 0; i < 4; i++) {
            int d = hexDigit(peekChar(0));
            if (d < 0) return -1;
            cp = cp * 16 + d;
            pos++;
        }
        return cp;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // ---- Numbers (12.9.3) ----

    private void scanNumber() {
        int begin = pos;
        char c = src.charAt(pos);
        type = TokenType.NUMBER;
        if (c == '0') {
            char n = peekChar(1);
            int radix = switch (n) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                pos += 2;
                scanRadixInteger(begin, radix);
                return;
            }
            if (n >= '0' && n <= '9' || n == '_') {
                scanLegacyOctalLike(begin);
                return;
            }
        }
        boolean simple = true;
        long whole = 0;
        if (c != '.') {
            int digitsStart = pos;
            whole = scanDecimalDigits();
            if (pos - digitsStart > 15) simple = false;
            if (pos < limit && src.charAt(pos) == 'n') {
                if (simple) {
                    value = Long.toString(whole);
                } else {
                    value = new BigInteger(digitsWithoutSeparators(begin, pos)).toString();
                }
                pos++;
                type = TokenType.BIGINT;
                checkAfterNumber();
                return;
            }
        }
        if (pos < limit && src.charAt(pos) == '.') {
            simple = false;
            pos++;
            if (pos < limit && src.charAt(pos) == '_') throw error("Numeric separators are not allowed here", pos);
            if (pos < limit && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') scanDecimalDigits();
        }
        if (pos < limit && (src.charAt(pos) | 0x20) == 'e') {
            simple = false;
            pos++;
            if (pos < limit && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos >= limit || src.charAt(pos) < '0' || src.charAt(pos) > '9') {
                throw error("Invalid or unexpected token: missing exponent", begin);
            }
            scanDecimalDigits();
        }
        if (simple) {
            number = whole;
        } else {
            number = Double.parseDouble(digitsWithoutSeparators(begin, pos));
        }
        checkAfterNumber();
    }

    /** DecimalDigits[+Sep]; the first character is a digit. Returns the value if it fits (else garbage). */
    private long scanDecimalDigits() {
        long v = 0;
        while (pos < limit) {
            char c = src.charAt(pos);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                pos++;
            } else if (c == '_') {
                checkSeparator();
                pos++;
            } else {
                break;
            }
        }
        return v;
    }

    /** 12.9.3 NumericLiteralSeparator: only between two digits. */
    private void checkSeparator() {
        char before = src.charAt(pos - 1);
        char after = peekChar(1);
        if (before == '_' || after == '_') throw error("Only one underscore is allowed as numeric separator", pos);
        if (before < '0' || before > '9' || after < '0' || after > '9') {
            throw error("Numeric separators are not allowed at the end of numeric literals", pos);
        }
    }

    private String digitsWithoutSeparators(int from, int to) {
        String s = src.substring(from, to);
        return s.indexOf('_') < 0 ? s : s.replace("_", "");
    }

    private void scanRadixInteger(int begin, int radix) {
        int digitsStart = pos;
        double v = 0;
        while (pos < limit) {
            char c = src.charAt(pos);
            int d = Character.digit(c, radix);
            if (d >= 0 && c < 128) {
                v = v * radix + d;
                pos++;
            } else if (c == '_') {
                if (pos == digitsStart) throw error("Numeric separators are not allowed here", pos);
                char after = peekChar(1);
                if (after == '_') throw error("Only one underscore is allowed as numeric separator", pos);
                if (Character.digit(after, radix) < 0 || after >= 128) {
                    throw error("Numeric separators are not allowed at the end of numeric literals", pos);
                }
                pos++;
            } else {
                break;
            }
        }
        if (pos == digitsStart) throw error("Invalid or unexpected token: missing digits after '" + src.substring(begin, pos) + "'", begin);
        String digits = null;
        if (pos < limit && src.charAt(pos) == 'n') {
            digits = digitsWithoutSeparators(digitsStart, pos);
            value = new BigInteger(digits, radix).toString();
            type = TokenType.BIGINT;
            pos++;
        } else if (v >= 0x1p53) {
            // Repeated multiply-add can round twice; BigInteger.doubleValue rounds once, correctly.
            digits = digitsWithoutSeparators(digitsStart, pos);
            number = new BigInteger(digits, radix).doubleValue();
        } else {
            number = v;
        }
        checkAfterNumber();
    }

    /** {@code 0} followed by digits: LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral (B.1.1). */
    private void scanLegacyOctalLike(int begin) {
        legacyOctalPos = begin;
        pos++;
        boolean octal = true;
        double v = 0;
        while (pos < limit) {
            char c = src.charAt(pos);
            if (c >= '0' && c <= '9') {
                if (c >= '8') octal = false;
                v = v * 8 + (c - '0');
                pos++;
            } else if (c == '_') {
                throw error("Numeric separator can not be used after leading 0", pos);
            } else {
                break;
            }
        }
        if (pos < limit && src.charAt(pos) == 'n') throw error("Invalid BigInt literal", begin);
        if (octal) {
            number = v;
        } else {
            // NonOctalDecimalIntegerLiteral continues as a decimal literal: 08.5, 09e1
            if (pos < limit && src.charAt(pos) == '.') {
                pos++;
                if (pos < limit && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') scanDecimalDigits();
            }
            if (pos < limit && (src.charAt(pos) | 0x20) == 'e') {
                pos++;
                if (pos < limit && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
                if (pos >= limit || src.charAt(pos) < '0' || src.charAt(pos) > '9') {
                    throw error("Invalid or unexpected token: missing exponent", begin);
                }
                scanDecimalDigits();
            }
            number = Double.parseDouble(digitsWithoutSeparators(begin, pos));
        }
        checkAfterNumber();
    }

    /** 12.9.3: the source character after a NumericLiteral must not be an IdentifierStart or digit. */
    private void checkAfterNumber() {
        if (pos >= limit) return;
        char c = src.charAt(pos);
        if (c >= '0' && c <= '9') throw error("Invalid or unexpected token", pos);
        if (c == '_') throw error("Numeric separators are not allowed at the end of numeric literals", pos);
        int cp = src.codePointAt(pos);
        if (c == '\\' || isIdentifierStart(cp)) throw error("Invalid or unexpected token: identifier directly after number", pos);
    }

    // ---- Strings (12.9.4) ----

    private void scanString(char quote) {
        int begin = pos;
        pos++;
        int chunk = pos;
        while (true) {
            if (pos >= limit) throw error("Unterminated string literal", begin);
            char c = src.charAt(pos);
            if (c == quote) {
                value = src.substring(chunk, pos);
                pos++;
                type = TokenType.STRING;
                return;
            }
            if (c == '\\') break;
            if (c == '\n' || c == '\r') throw error("Unterminated string literal", begin);
            pos++;
        }
        buf.setLength(0);
        buf.append(src, chunk, pos);
        while (true) {
            if (pos >= limit) throw error("Unterminated string literal", begin);
            char c = src.charAt(pos);
            if (c == quote) {
                pos++;
                break;
            }
            if (c == '\\') {
                scanEscape(false);
            } else if (c == '\n' || c == '\r') {
                throw error("Unterminated string literal", begin);
            } else {
                buf.append(c);
                pos++;
            }
        }
        value = buf.toString();
        type = TokenType.STRING;
    }

    /**
     * One escape sequence at {@code pos} (the backslash), appended to {@code buf}. In templates an
     * invalid escape is recorded instead of thrown (NotEscapeSequence is allowed in tagged templates).
     * Returns false if the template escape was invalid.
     */
    private boolean scanEscape(boolean template) {
        int at = pos;
        pos++;
        if (pos >= limit) throw error(template ? "Unterminated template literal" : "Unterminated string literal", at);
        char c = src.charAt(pos);
        pos++;
        switch (c) {
            case 'n' -> buf.append('\n');
            case 't' -> buf.append('\t');
            case 'r' -> buf.append('\r');
            case 'b' -> buf.append('\b');
            case 'f' -> buf.append('\f');
            case 'v' -> buf.append('\u000B');
            case '\r' -> {
                if (peekChar(0) == '\n') pos++; // LineContinuation
            }
            case '\n', '\u2028', '\u2029' -> { } // LineContinuation
            case 'x' -> {
                int h1 = hexDigit(peekChar(0));
                int h2 = hexDigit(peekChar(1));
                if (h1 < 0 || h2 < 0) return invalidEscape(template, "Invalid hexadecimal escape sequence", at);
                pos += 2;
                buf.append((char) (h1 * 16 + h2));
            }
            case 'u' -> {
                int cp = scanUnicodeEscapeBody(at);
                if (cp < 0) return invalidEscape(template, "Invalid Unicode escape sequence", at);
                buf.appendCodePoint(cp);
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                if (c == '0' && !(peekChar(0) >= '0' && peekChar(0) <= '9')) {
                    buf.append('\0');
                } else if (template) {
                    return invalidEscape(true, "Octal escape sequences are not allowed in template strings", at);
                } else {
                    // B.1.2 LegacyOctalEscapeSequence
                    if (legacyOctalPos < 0) legacyOctalPos = at;
                    int v = c - '0';
                    if (peekChar(0) >= '0' && peekChar(0) <= '7') {
                        v = v * 8 + (src.charAt(pos++) - '0');
                        if (c <= '3' && peekChar(0) >= '0' && peekChar(0) <= '7') v = v * 8 + (src.charAt(pos++) - '0');
                    }
                    buf.append((char) v);
                }
            }
            case '8', '9' -> {
                if (template) return invalidEscape(true, "\\8 and \\9 are not allowed in template strings", at);
                if (legacyOctalPos < 0) legacyOctalPos = at; // NonOctalDecimalEscapeSequence: strict error
                buf.append(c);
            }
            default -> {
                if (Character.isHighSurrogate(c) && pos < limit && Character.isLowSurrogate(src.charAt(pos))) {
                    buf.append(c).append(src.charAt(pos++));
                } else {
                    buf.append(c);
                }
            }
        }
        return true;
    }

    private boolean invalidEscape(boolean template, String message, int at) {
        if (!template) throw error(message, at);
        if (invalidEscapePos < 0) {
            invalidEscapePos = at;
            invalidEscapeMessage = message;
        }
        return false;
    }

    // ---- Templates (12.9.6) ----

    /** Scans template characters after {@code `} or {@code }} up to {@code `} or {@code ${}. */
    private void scanTemplate(TokenType whole, TokenType open) {
        int begin = start;
        buf.setLength(0);
        invalidEscapePos = -1;
        invalidEscapeMessage = null;
        int rawStart = pos;
        boolean cookedValid = true;
        boolean normalizedRaw = false;
        while (true) {
            if (pos >= limit) throw error("Unterminated template literal", begin);
            char c = src.charAt(pos);
            if (c == '`') {
                raw = rawText(rawStart, pos, normalizedRaw);
                pos++;
                type = whole;
                break;
            }
            if (c == '$' && peekChar(1) == '{') {
                raw = rawText(rawStart, pos, normalizedRaw);
                pos += 2;
                type = open;
                break;
            }
            if (c == '\\') {
                if (peekChar(1) == '\r') normalizedRaw = true;
                if (!scanEscape(true)) cookedValid = false;
            } else if (c == '\r') {
                // 12.9.6: CR and CRLF are read as LF in both the cooked and raw values
                normalizedRaw = true;
                pos++;
                if (peekChar(0) == '\n') pos++;
                buf.append('\n');
            } else {
                buf.append(c);
                pos++;
            }
        }
        value = cookedValid ? buf.toString() : null;
    }

    private String rawText(int from, int to, boolean normalize) {
        String s = src.substring(from, to);
        return normalize ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    /** The current token is the {@code }} that closes a substitution: read the template's next part. */
    public void rescanTemplateContinuation() {
        pos = start + 1;
        scanTemplate(TokenType.TEMPLATE_TAIL, TokenType.TEMPLATE_MIDDLE);
        end = pos;
    }

    // ---- Regular expressions (12.9.5) ----

    /** The current token is {@code /} or {@code /=} where an expression starts: read a RegularExpressionLiteral. */
    public void rescanRegExp() {
        pos = start + 1;
        boolean inClass = false;
        while (true) {
            if (pos >= limit) throw error("Invalid regular expression: missing /", start);
            char c = src.charAt(pos);
            if (isLineTerminator(c)) throw error("Invalid regular expression: missing /", start);
            if (c == '\\') {
                pos++;
                if (pos >= limit || isLineTerminator(src.charAt(pos))) {
                    throw error("Invalid regular expression: missing /", start);
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            pos++;
        }
        value = src.substring(start + 1, pos);
        pos++;
        int flagsStart = pos;
        while (pos < limit) {
            int cp = src.codePointAt(pos);
            if (cp == '\\') throw error("Invalid regular expression flags", pos);
            if (!isIdentifierPart(cp)) break;
            pos += Character.charCount(cp);
        }
        regExpFlags = src.substring(flagsStart, pos);
        type = TokenType.REGEXP;
        end = pos;
    }
}
