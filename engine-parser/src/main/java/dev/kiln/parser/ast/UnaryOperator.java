package dev.kiln.parser.ast;

/** Operators of {@link UnaryExpression}. */
public enum UnaryOperator {
    MINUS("-"),
    PLUS("+"),
    NOT("!"),
    BITWISE_NOT("~"),
    TYPEOF("typeof"),
    VOID("void"),
    DELETE("delete");

    private final String text;

    UnaryOperator(String text) {
        this.text = text;
    }

    /** The operator or keyword as written. */
    public String text() {
        return text;
    }
}
