package dev.kiln.parser;

import dev.kiln.parser.ast.*;
import dev.kiln.parser.lexer.Lexer;
import dev.kiln.parser.lexer.TokenType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.kiln.parser.ParseHelper.*;
import static org.junit.jupiter.api.Assertions.*;

class LexerTest {

    private static List<TokenType> tokens(String text) {
        Lexer lx = new Lexer(new Source("t.js", text), true, true);
        List<TokenType> out = new ArrayList<>();
        do {
            lx.next();
            out.add(lx.type());
        } while (lx.type() != TokenType.EOF);
        return out;
    }

    @Test
    void punctuatorsAreLongestMatch() {
        assertEquals(List.of(TokenType.NAME, TokenType.USHR_ASSIGN, TokenType.NAME, TokenType.QUESTION_DOT, TokenType.NAME,
                TokenType.NULLISH_ASSIGN, TokenType.NUMBER, TokenType.STAR_STAR, TokenType.ELLIPSIS, TokenType.ARROW,
                TokenType.EOF), tokens("a >>>= b ?. c ??= 1 ** ... =>"));
    }

    @Test
    void questionDotBeforeDigitIsConditional() {
        assertEquals(List.of(TokenType.NAME, TokenType.QUESTION, TokenType.NUMBER, TokenType.COLON, TokenType.NUMBER,
                TokenType.EOF), tokens("a?.5:1"));
    }

    private static double number(String literal) {
        return ((NumericLiteral) expr(literal)).value();
    }

    @Test
    void numericLiteralForms() {
        assertEquals(255, number("0xFF"));
        assertEquals(8, number("0o10"));
        assertEquals(5, number("0b101"));
        assertEquals(1_000_000, number("1_000_000"));
        assertEquals(0.5, number(".5"));
        assertEquals(1.5e-3, number("1.5e-3"));
        assertEquals(9007199254740993.0, number("0x20000000000001")); // rounds once, to even
        assertEquals(8, number("010"));
        assertEquals(8.5, number("08.5"));
        assertEquals("255", ((BigIntLiteral) expr("0xFFn")).digits());
        assertEquals("123456789012345678901234567890", ((BigIntLiteral) expr("123456789012345678901234567890n")).digits());
    }

    @Test
    void numericLiteralErrors() {
        assertTrue(scriptError("1__0").problem().contains("Only one underscore"));
        assertTrue(scriptError("1_").problem().contains("Numeric separators"));
        assertTrue(scriptError("0_1").problem().contains("leading 0"));
        assertTrue(scriptError("0x_1").problem().contains("not allowed"));
        scriptError("010n");
        scriptError("3in []");
        assertEquals("Octal literals are not allowed in strict mode.", strictError("010").problem());
        strictError("08");
    }

    @Test
    void stringEscapes() {
        assertEquals("a\nb\u00e9\uD83D\uDE00\0x", ((StringLiteral) expr("'a\\nb\\xe9\\u{1F600}\\0x'")).value());
        assertEquals("ab", ((StringLiteral) expr("'a\\\nb'")).value()); // line continuation
        assertEquals("a\u2028b", ((StringLiteral) expr("'a\u2028b'")).value());
        assertEquals("\u0007", ((StringLiteral) expr("'\\7'")).value());
        assertEquals("Octal escape sequences are not allowed in strict mode.", strictError("'\\07'").problem());
        strictError("'\\8'");
        assertEquals("Unterminated string literal", scriptError("'abc\n'").problem());
        assertEquals("Invalid hexadecimal escape sequence", scriptError("'\\x4'").problem());
    }

    @Test
    void templatesKeepCookedAndRaw() {
        TemplateLiteral t = (TemplateLiteral) expr("`a\\n${x}b\r\nc`");
        assertEquals("a\n", t.quasis().get(0).cooked());
        assertEquals("a\\n", t.quasis().get(0).raw());
        assertEquals("b\nc", t.quasis().get(1).cooked());
        assertEquals("b\nc", t.quasis().get(1).raw());
        assertTrue(t.quasis().get(1).tail());
    }

    @Test
    void invalidEscapesOnlyInTaggedTemplates() {
        TaggedTemplateExpression tagged = (TaggedTemplateExpression) expr("tag`\\unicode`");
        assertNull(tagged.quasi().quasis().get(0).cooked());
        assertEquals("\\unicode", tagged.quasi().quasis().get(0).raw());
        assertEquals("Invalid Unicode escape sequence", scriptError("`\\unicode`").problem());
        scriptError("`\\01`");
    }

    @Test
    void unicodeIdentifiers() {
        assertEquals("\u0BD0x", ((Identifier) expr("\u0BD0x")).name());
        assertEquals("a\uD835\uDCD0", ((Identifier) expr("a\\u{1D4D0}")).name()); // astral via escape
        assertEquals("\uD835\uDCD0", ((Identifier) expr("\uD835\uDCD0")).name()); // astral as a surrogate pair
        assertEquals("\u088F", ((Identifier) expr("\u088F")).name()); // ID_Start new in Unicode 17
        scriptError("\\u0030abc"); // a digit cannot start an identifier
        assertEquals("Keyword must not contain escaped characters", scriptError("var v\\u0061r = 1").problem());
        assertEquals("Keyword must not contain escaped characters", scriptError("\\u0069f (1);").problem());
        assertInstanceOf(MemberExpression.class, expr("a.\\u0069f")); // fine as a property name
    }

    @Test
    void regularExpressionLiterals() {
        RegExpLiteral r = (RegExpLiteral) expr("/[/]\\//gu");
        assertEquals("[/]\\/", r.pattern());
        assertEquals("gu", r.flags());
        assertEquals("Invalid regular expression: missing /", scriptError("x = /abc\n/").problem());
    }

    @Test
    void htmlLikeCommentsInScriptsOnly() {
        assertEquals(1, script("x = 1 <!-- comment\n--> also a comment\n").body().size());
        assertEquals(1, script("--> at the start\nx").body().size());
        moduleError("<!-- comment");
        assertInstanceOf(BinaryExpression.class, expr("a --> b")); // not at line start: a-- > b
    }

    @Test
    void hashbangOnlyAtTheStart() {
        assertEquals(1, script("#!/usr/bin/env node\nx").body().size());
        scriptError(" #!/usr/bin/env node\nx");
    }

    @Test
    void badCharacters() {
        assertEquals("Invalid or unexpected token: NUL character", scriptError("a\0").problem());
        assertEquals("Invalid or unexpected token: lone surrogate", scriptError("a \uD800").problem());
        assertEquals("Unterminated comment", scriptError("/* x").problem());
        assertEquals("Unterminated template literal", scriptError("`abc${x}").problem());
    }
}
