package dev.kiln.parser.ast;

/** Operators of {@link LogicalExpression}. */
public enum LogicalOperator {
    AND("&&"),
    OR("||"),
    NULLISH("??");

    private final String text;

    LogicalOperator(String text) {
        this.text = text;
    }

    /** The operator or keyword as written. */
    public String text() {
        return text;
    }
}
