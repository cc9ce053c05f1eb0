package dev.kiln.parser;

import org.junit.jupiter.api.Test;

import static dev.kiln.parser.ParseHelper.*;
import static org.junit.jupiter.api.Assertions.*;

class ErrorMessagesTest {

    @Test
    void messagesNameTheProblem() {
        assertEquals("Unexpected token '}'", scriptError("a = }").problem());
        assertEquals("Unexpected end of input", scriptError("if (a").problem());
        assertEquals("Unexpected identifier 'b'", scriptError("a b").problem());
        assertEquals("Unexpected number", scriptError("a 1").problem());
        assertEquals("Unexpected string", scriptError("a 'x'").problem());
        assertEquals("Unterminated string literal", scriptError("'abc").problem());
        assertEquals("Unterminated template literal", scriptError("`abc").problem());
        assertEquals("Invalid regular expression: /(/: Unterminated group", scriptError("x = /(/").problem());
        assertEquals("Identifier 'x' has already been declared", scriptError("let x; let x;").problem());
        assertEquals("Unexpected strict mode reserved word", strictError("var static;").problem());
        assertEquals("Missing initializer in const declaration", scriptError("const a;").problem());
        assertEquals("new.target expression is not allowed here", scriptError("new.target").problem());
        assertEquals("'super' keyword unexpected here", scriptError("super.x").problem());
    }

    @Test
    void regexpErrorsPointIntoThePattern() {
        SyntaxError e = scriptError("x = /a(/u");
        assertEquals(1, e.line());
        assertTrue(e.column() > 5, "column " + e.column());
        assertTrue(scriptError("x = /a/gg").problem().startsWith("Invalid regular expression: /a/gg: "));
    }

    @Test
    void evalFlagsWidenTheContext() {
        ParseOptions inMethod = new ParseOptions(ParseOptions.Goal.SCRIPT, false, true, true, true, false, false, null);
        Parser.parse(new Source("eval", "super.x; new.target"), inMethod);
        assertThrows(SyntaxError.class, () -> Parser.parse(new Source("eval", "super()"), inMethod));
        ParseOptions inField = new ParseOptions(ParseOptions.Goal.SCRIPT, false, true, true, true, false, true,
                java.util.Set.of("p"));
        assertThrows(SyntaxError.class, () -> Parser.parse(new Source("eval", "arguments"), inField));
        Parser.parse(new Source("eval", "this.#p"), inField);
        assertThrows(SyntaxError.class, () -> Parser.parse(new Source("eval", "this.#q"), inField));
    }
}
