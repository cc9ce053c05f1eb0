package dev.kiln.parser.regexp;

/**
 * A pattern or its flags break the RegExp grammar or one of its early errors (ECMA-262 22.2.1.1,
 * B.1.2.1). The message names the problem alone ("Unterminated group"); {@link #index()} says where.
 */
public final class RegExpSyntaxException extends RuntimeException {
    private final int index;

    public RegExpSyntaxException(String problem, int index) {
        // no stack trace: scripts catch these from new RegExp(...) in loops, and the trace says nothing
        super(problem, null, false, false);
        this.index = index;
    }

    /**
     * The UTF-16 offset of the problem within the pattern. An error in the flags counts as if the
     * flags followed the pattern after one {@code /}, as in a literal {@code /pattern/flags}: the
     * offset of flag {@code k} is {@code pattern.length() + 1 + k}. So the offset of the problem in
     * a RegularExpressionLiteral is always the literal's start plus one plus this index.
     */
    public int index() {
        return index;
    }
}
