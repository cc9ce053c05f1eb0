package dev.kiln.parser.ast;

/** The keyword of a {@link VariableDeclaration}. */
public enum VariableKind {
    VAR("var"),
    LET("let"),
    CONST("const"),
    USING("using"),
    AWAIT_USING("await using");

    private final String text;

    VariableKind(String text) {
        this.text = text;
    }

    /** The operator or keyword as written. */
    public String text() {
        return text;
    }
}
