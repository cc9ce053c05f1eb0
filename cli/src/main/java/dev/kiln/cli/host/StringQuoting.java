package dev.kiln.cli.host;

/**
 * How node's {@code util.inspect} writes a string inside a container: quoted with single quotes
 * unless the text contains one (then double quotes, or backticks if it has both), with control
 * characters, the backslash, the chosen quote, C1 controls and lone surrogates escaped.
 */
final class StringQuoting {
    private StringQuoting() {}

    /** The quoted, escaped form: {@code 'it''s'} becomes {@code "it's"}. */
    static String quote(String s) {
        char quote = '\'';
        if (s.indexOf('\'') >= 0) {
            if (s.indexOf('"') < 0) quote = '"';
            else if (s.indexOf('`') < 0 && !s.contains("${")) quote = '`';
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        appendEscaped(sb, s, quote == '\'');
        return sb.append(quote).toString();
    }

    /**
     * {@code s} with control characters, backslashes, single quotes and lone surrogates escaped,
     * unquoted: how a symbol's description or a non-enumerable key is shown ({@code [key]}).
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        appendEscaped(sb, s, true);
        return sb.toString();
    }

    private static void appendEscaped(StringBuilder sb, String s, boolean escapeSingleQuote) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                appendControl(sb, c);
            } else if (c == '\\' || (c == '\'' && escapeSingleQuote)) {
                sb.append('\\').append(c);
            } else if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (paired) {
                    sb.append(c).append(s.charAt(++i));
                } else {
                    sb.append("\\u").append(Integer.toHexString(c));
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void appendControl(StringBuilder sb, char c) {
        switch (c) {
            case '\b' -> sb.append("\\b");
            case '\t' -> sb.append("\\t");
            case '\n' -> sb.append("\\n");
            case '\f' -> sb.append("\\f");
            case '\r' -> sb.append("\\r");
            default -> sb.append(String.format("\\x%02X", (int) c));
        }
    }
}
