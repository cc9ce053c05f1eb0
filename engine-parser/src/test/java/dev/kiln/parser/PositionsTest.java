package dev.kiln.parser;

import dev.kiln.parser.ast.*;
import org.junit.jupiter.api.Test;

import static dev.kiln.parser.ParseHelper.*;
import static org.junit.jupiter.api.Assertions.*;

class PositionsTest {

    private static String text(String source, Node n) {
        return source.substring(n.start(), n.end());
    }

    @Test
    void nodesCoverTheirSourceText() {
        String src = "let x = a.b(c, d) + `t${e}`;\n";
        VariableDeclaration d = (VariableDeclaration) script(src).body().get(0);
        assertEquals("let x = a.b(c, d) + `t${e}`;", text(src, d));
        BinaryExpression plus = (BinaryExpression) d.declarations().get(0).init();
        assertEquals("a.b(c, d) + `t${e}`", text(src, plus));
        assertEquals("a.b(c, d)", text(src, plus.left()));
        assertEquals("`t${e}`", text(src, plus.right()));
        TemplateLiteral t = (TemplateLiteral) plus.right();
        assertEquals("t", text(src, t.quasis().get(0)));
    }

    @Test
    void functionRangesAreTheirToStringText() {
        String src = "var o = { async *m(a) { yield a; }, get x() { return 1; } };\nclass C { static async m() {} }\n"
                + "var f = async (a) => a * 2;";
        Program p = script(src);
        ObjectExpression o = (ObjectExpression) ((VariableDeclaration) p.body().get(0)).declarations().get(0).init();
        assertEquals("async *m(a) { yield a; }", text(src, ((Property) o.properties().get(0)).value()));
        assertEquals("get x() { return 1; }", text(src, ((Property) o.properties().get(1)).value()));
        ClassDeclaration c = (ClassDeclaration) p.body().get(1);
        assertEquals("class C { static async m() {} }", text(src, c));
        assertEquals("async m() {}", text(src, ((MethodDefinition) c.body().get(0)).value()));
        Expression arrow = ((VariableDeclaration) p.body().get(2)).declarations().get(0).init();
        assertEquals("async (a) => a * 2", text(src, arrow));
    }

    @Test
    void errorsReportLineAndColumn() {
        SyntaxError e = scriptError("var a = 1;\nvar b = {\n  c: 1,\n};\n}");
        assertEquals(5, e.line());
        assertEquals(1, e.column());
        assertEquals("Unexpected token '}' (test.js:5:1)", e.getMessage());
        SyntaxError crlf = scriptError("a\r\nb\r\n  )");
        assertEquals(3, crlf.line());
        assertEquals(3, crlf.column());
        SyntaxError ls = scriptError("a\u2028 )");
        assertEquals(2, ls.line());
    }
}
