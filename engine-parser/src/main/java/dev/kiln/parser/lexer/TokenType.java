package dev.kiln.parser.lexer;

/**
 * The kinds of token (ECMA-262 12). Contextual keywords ({@code let}, {@code async}, {@code of}, ...)
 * are {@link #NAME}s that the parser recognises by their interned value; reserved words have their
 * own kinds. Binary operators carry their precedence (0 for tokens that are not binary operators).
 */
public enum TokenType {
    EOF("end of input"),
    NAME("identifier"),
    PRIVATE_NAME("private name"),
    NUMBER("number"),
    BIGINT("bigint"),
    STRING("string"),
    /** A whole template without substitutions: {@code `...`}. */
    TEMPLATE("template"),
    /** {@code `...${} */
    TEMPLATE_HEAD("template"),
    /** {@code }...${}, produced by {@link Lexer#rescanTemplateContinuation()}. */
    TEMPLATE_MIDDLE("template"),
    /** {@code }...`}, produced by {@link Lexer#rescanTemplateContinuation()}. */
    TEMPLATE_TAIL("template"),
    /** Produced by {@link Lexer#rescanRegExp()}. */
    REGEXP("regular expression"),

    LBRACE("{"), RBRACE("}"), LPAREN("("), RPAREN(")"), LBRACKET("["), RBRACKET("]"),
    DOT("."), ELLIPSIS("..."), SEMICOLON(";"), COMMA(","), QUESTION("?"), QUESTION_DOT("?."),
    COLON(":"), ARROW("=>"), BANG("!"), TILDE("~"), INC("++"), DEC("--"),

    NULLISH("??", 1), OR("||", 2), AND("&&", 3), PIPE("|", 4), CARET("^", 5), AMP("&", 6),
    EQ("==", 7), NE("!=", 7), STRICT_EQ("===", 7), STRICT_NE("!==", 7),
    LT("<", 8), GT(">", 8), LE("<=", 8), GE(">=", 8),
    SHL("<<", 9), SHR(">>", 9), USHR(">>>", 9),
    PLUS("+", 10), MINUS("-", 10),
    STAR("*", 11), SLASH("/", 11), PERCENT("%", 11),
    STAR_STAR("**", 12),

    ASSIGN("="), ADD_ASSIGN("+="), SUB_ASSIGN("-="), MUL_ASSIGN("*="), DIV_ASSIGN("/="), MOD_ASSIGN("%="),
    EXP_ASSIGN("**="), SHL_ASSIGN("<<="), SHR_ASSIGN(">>="), USHR_ASSIGN(">>>="), AND_ASSIGN("&="),
    OR_ASSIGN("|="), XOR_ASSIGN("^="), LOGICAL_AND_ASSIGN("&&="), LOGICAL_OR_ASSIGN("||="),
    NULLISH_ASSIGN("??="),

    BREAK("break"), CASE("case"), CATCH("catch"), CLASS("class"), CONST("const"), CONTINUE("continue"),
    DEBUGGER("debugger"), DEFAULT("default"), DELETE("delete"), DO("do"), ELSE("else"), ENUM("enum"),
    EXPORT("export"), EXTENDS("extends"), FALSE("false"), FINALLY("finally"), FOR("for"),
    FUNCTION("function"), IF("if"), IMPORT("import"), IN("in", 8), INSTANCEOF("instanceof", 8), NEW("new"),
    NULL("null"), RETURN("return"), SUPER("super"), SWITCH("switch"), THIS("this"), THROW("throw"),
    TRUE("true"), TRY("try"), TYPEOF("typeof"), VAR("var"), VOID("void"), WHILE("while"), WITH("with");

    private final String text;
    private final int precedence;

    TokenType(String text) {
        this(text, 0);
    }

    TokenType(String text, int precedence) {
        this.text = text;
        this.precedence = precedence;
    }

    /** The token as written (for punctuators and keywords) or a description of the kind. */
    public String text() {
        return text;
    }

    /** Binary operator precedence, higher binds tighter; 0 if not a binary operator. */
    public int precedence() {
        return precedence;
    }

    /** A reserved word (ECMA-262 12.7.2 ReservedWord), which is never an identifier. */
    public boolean isKeyword() {
        return compareTo(BREAK) >= 0;
    }

    /** {@code =} or a compound or logical assignment operator. */
    public boolean isAssignment() {
        return compareTo(ASSIGN) >= 0 && compareTo(NULLISH_ASSIGN) <= 0;
    }
}
