package dev.kiln.parser;

import dev.kiln.parser.ast.*;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DynamicFunctionTest {

    private static FunctionExpression parse(String params, String body, DynamicFunctionKind kind) {
        Program p = Parser.parseFunction("anonymous", params, body, kind);
        return (FunctionExpression) ((ExpressionStatement) p.body().get(0)).expression();
    }

    @Test
    void sourceTextIsSynthesized() {
        Program p = Parser.parseFunction("f", "a, b", "return a + b", DynamicFunctionKind.NORMAL);
        assertEquals("function anonymous(a, b\n) {\nreturn a + b\n}", p.source().text());
        FunctionExpression f = (FunctionExpression) ((ExpressionStatement) p.body().get(0)).expression();
        assertEquals(2, f.params().size());
        assertNull(f.id());
        assertEquals(0, f.start());
        assertEquals(p.source().text().length(), f.end());
    }

    @Test
    void anHtmlCloseCommentMayOpenTheBodyButNotTheParameters() {
        parse("", "-->", DynamicFunctionKind.NORMAL);
        assertThrows(SyntaxError.class, () -> parse("-->", "", DynamicFunctionKind.NORMAL));
    }

    @Test
    void parametersAndBodyCannotReachIntoEachOther() {
        assertThrows(SyntaxError.class, () -> parse("a){", "}", DynamicFunctionKind.NORMAL));
        assertThrows(SyntaxError.class, () -> parse("/*", "*/", DynamicFunctionKind.NORMAL));
        assertThrows(SyntaxError.class, () -> parse("", "}); (function(){", DynamicFunctionKind.NORMAL));
        parse("a = 1, ...b", "", DynamicFunctionKind.NORMAL);
        parse("a,", "", DynamicFunctionKind.NORMAL);
    }

    @Test
    void kindsAndEarlyErrors() {
        FunctionExpression g = parse("a", "yield a", DynamicFunctionKind.GENERATOR);
        assertTrue(g.generator());
        assertThrows(SyntaxError.class, () -> parse("a = yield", "", DynamicFunctionKind.GENERATOR));
        FunctionExpression af = parse("", "await 1", DynamicFunctionKind.ASYNC);
        assertTrue(af.async());
        assertThrows(SyntaxError.class, () -> parse("await", "", DynamicFunctionKind.ASYNC));
        parse("a, a", "", DynamicFunctionKind.NORMAL);
        assertThrows(SyntaxError.class, () -> parse("a, a", "'use strict'", DynamicFunctionKind.NORMAL));
        assertThrows(SyntaxError.class, () -> parse("a = 1", "'use strict'", DynamicFunctionKind.NORMAL));
        assertTrue(parse("", "'use strict'", DynamicFunctionKind.NORMAL).strict());
        assertThrows(SyntaxError.class, () -> parse("", "super.x", DynamicFunctionKind.NORMAL));
    }
}
