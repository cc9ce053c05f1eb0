package dev.kiln.parser.ast;

/** Operators of {@link AssignmentExpression}, with the binary or logical operator a compound one applies. */
public enum AssignmentOperator {
    ASSIGN("=", null, null),
    ADD("+=", BinaryOperator.ADD, null),
    SUB("-=", BinaryOperator.SUB, null),
    MUL("*=", BinaryOperator.MUL, null),
    DIV("/=", BinaryOperator.DIV, null),
    MOD("%=", BinaryOperator.MOD, null),
    EXP("**=", BinaryOperator.EXP, null),
    SHL("<<=", BinaryOperator.SHL, null),
    SHR(">>=", BinaryOperator.SHR, null),
    USHR(">>>=", BinaryOperator.USHR, null),
    BIT_AND("&=", BinaryOperator.BIT_AND, null),
    BIT_OR("|=", BinaryOperator.BIT_OR, null),
    BIT_XOR("^=", BinaryOperator.BIT_XOR, null),
    AND("&&=", null, LogicalOperator.AND),
    OR("||=", null, LogicalOperator.OR),
    NULLISH("??=", null, LogicalOperator.NULLISH);

    private final String text;
    private final BinaryOperator binary;
    private final LogicalOperator logical;

    AssignmentOperator(String text, BinaryOperator binary, LogicalOperator logical) {
        this.text = text;
        this.binary = binary;
        this.logical = logical;
    }

    public String text() {
        return text;
    }

    /** The operator of {@code a op= b} read as {@code a = a op b}; null for {@code =} and logical assignment. */
    public BinaryOperator binaryOperator() {
        return binary;
    }

    /** The short-circuiting operator of {@code &&=}, {@code ||=}, {@code ??=}; null otherwise. */
    public LogicalOperator logicalOperator() {
        return logical;
    }
}
