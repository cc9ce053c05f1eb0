package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModeTest {

    private static List<Mode> modes(String flags) {
        return Mode.required(Frontmatter.of("/*---\nflags: [" + flags + "]\n---*/"));
    }

    @Test
    void bothModesUnlessAFlagSaysOtherwise() {
        assertEquals(List.of(Mode.NON_STRICT, Mode.STRICT), modes(""));
        assertEquals(List.of(Mode.NON_STRICT, Mode.STRICT), modes("generated, async"));
        assertEquals(List.of(Mode.STRICT), modes("onlyStrict"));
        assertEquals(List.of(Mode.NON_STRICT), modes("noStrict"));
        assertEquals(List.of(Mode.NON_STRICT), modes("raw"));
        assertEquals(List.of(Mode.MODULE), modes("module"));
        assertEquals(List.of(Mode.MODULE), modes("module, raw"));
    }

    @Test
    void onlyStrictModeChangesTheText() {
        assertEquals("\"use strict\";\nx;", Mode.STRICT.sourceText("x;"));
        assertEquals("x;", Mode.NON_STRICT.sourceText("x;"));
        assertEquals("x;", Mode.MODULE.sourceText("x;"));
    }

    @Test
    void testsAreGroupedTwoFoldersBelowTest() {
        Frontmatter none = Frontmatter.of("/*---\n---*/");
        assertEquals("language/expressions",
                new TestCase("test/language/expressions/a/b.js", Path.of("b.js"), "", none).group());
        assertEquals("built-ins/Array", TestCase.group("test/built-ins/Array/from.js"));
        assertEquals("harness", TestCase.group("test/harness/assert.js"));
        assertEquals(".", TestCase.group("test/x.js"));
    }
}
