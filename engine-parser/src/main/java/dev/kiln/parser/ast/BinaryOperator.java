package dev.kiln.parser.ast;

/** Operators of {@link BinaryExpression}. */
public enum BinaryOperator {
    EQ("=="),
    NE("!="),
    STRICT_EQ("==="),
    STRICT_NE("!=="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    SHL("<<"),
    SHR(">>"),
    USHR(">>>"),
    ADD("+"),
    SUB("-"),
    MUL("*"),
    DIV("/"),
    MOD("%"),
    EXP("**"),
    BIT_OR("|"),
    BIT_XOR("^"),
    BIT_AND("&"),
    IN("in"),
    INSTANCEOF("instanceof");

    private final String text;

    BinaryOperator(String text) {
        this.text = text;
    }

    /** The operator or keyword as written. */
    public String text() {
        return text;
    }
}
