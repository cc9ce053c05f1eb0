package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontmatterTest {

    @Test
    void readsFlowListsAndNegative() {
        Frontmatter f = Frontmatter.of("""
                // Copyright
                /*---
                esid: sec-x
                description: a: b, with a colon
                info: |
                  Some text: with colons
                  - and a dash
                negative:
                  phase: parse
                  type: SyntaxError
                flags: [onlyStrict, generated]
                includes: [propertyHelper.js, compareArray.js]
                features: [class, "Symbol.iterator"]
                ---*/
                $DONOTEVALUATE();
                """);
        assertEquals(Set.of(Flag.ONLY_STRICT, Flag.GENERATED), f.flags());
        assertEquals(new Negative(Negative.Phase.PARSE, "SyntaxError"), f.negative());
        assertEquals(List.of("propertyHelper.js", "compareArray.js"), f.includes());
        assertEquals(List.of("class", "Symbol.iterator"), f.features());
        assertEquals(List.of(), f.locale());
    }

    @Test
    void readsBlockListsMultiLineFlowListsAndComments() {
        Frontmatter f = Frontmatter.of("""
                /*---
                description: >
                  folded
                  text
                features:
                  - Symbol.toStringTag  # a comment
                  - Symbol.iterator
                locale: [en,
                  en-US]
                flags: []
                includes:
                ---*/
                """);
        assertEquals(List.of("Symbol.toStringTag", "Symbol.iterator"), f.features());
        assertEquals(List.of("en", "en-US"), f.locale());
        assertTrue(f.flags().isEmpty());
        assertEquals(List.of(), f.includes());
        assertNull(f.negative());
    }

    @Test
    void readsAMappingIndentedAsAWhole() {
        Frontmatter f = Frontmatter.of("""
                /*---
                 description: >
                    indented
                    mapping
                 flags: [noStrict, module]
                ---*/
                """);
        assertEquals(Set.of(Flag.NO_STRICT, Flag.MODULE), f.flags());
    }

    @Test
    void rejectsWhatItCannotRun() {
        assertThrows(FrontmatterException.class, () -> Frontmatter.of("var x;"));
        assertThrows(FrontmatterException.class, () -> Frontmatter.of("/*--- flags: []"));
        FrontmatterException unknownFlag = assertThrows(FrontmatterException.class,
                () -> Frontmatter.of("/*---\nflags: [bogus]\n---*/"));
        assertEquals("unknown flag 'bogus'", unknownFlag.getMessage());
        assertThrows(FrontmatterException.class,
                () -> Frontmatter.of("/*---\nnegative:\n  phase: later\n  type: SyntaxError\n---*/"));
        assertThrows(FrontmatterException.class, () -> Frontmatter.of("/*---\nnegative:\n  phase: parse\n---*/"));
        assertThrows(FrontmatterException.class, () -> Frontmatter.of("/*---\nfeatures: class\n---*/"));
    }
}
