package dev.kiln.parser;

/**
 * An early error: the source is not a valid ECMAScript Script or Module. Carries the problem and
 * where it is, so the message reads {@code Unexpected token '}' (file.js:3:7)}.
 */
public final class SyntaxError extends RuntimeException {
    private final String problem;
    private final Source source;
    private final int offset;

    public SyntaxError(String problem, Source source, int offset) {
        super(problem + " (" + source.position(offset) + ")", null, false, false);
        this.problem = problem;
        this.source = source;
        this.offset = offset;
    }

    /** The problem alone, without its position. */
    public String problem() {
        return problem;
    }

    public Source source() {
        return source;
    }

    public int offset() {
        return offset;
    }

    public int line() {
        return source.line(offset);
    }

    public int column() {
        return source.column(offset);
    }
}
