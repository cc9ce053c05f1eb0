package dev.kiln.parser.unicode;

import dev.kiln.parser.unicode.UnicodeProperty.Kind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnicodePropertiesTest {
    private static CodePointSet set(Kind kind, String name) {
        return UnicodeProperties.codePoints(new UnicodeProperty(kind, name));
    }

    @Test
    void versionMatchesTest262() {
        assertEquals("17.0.0", UnicodeProperties.unicodeVersion());
    }

    @Test
    void namesResolveExactlyToCanonicalNames() {
        assertEquals(Optional.of("General_Category"), UnicodeProperties.nonBinaryProperty("gc"));
        assertEquals(Optional.of("Script_Extensions"), UnicodeProperties.nonBinaryProperty("scx"));
        assertEquals(Optional.empty(), UnicodeProperties.nonBinaryProperty("Block"));
        assertEquals(Optional.empty(), UnicodeProperties.nonBinaryProperty("GC"));
        assertEquals(Optional.of(new UnicodeProperty(Kind.GENERAL_CATEGORY, "Letter")), UnicodeProperties.lone("L"));
        assertEquals(Optional.of(new UnicodeProperty(Kind.GENERAL_CATEGORY, "Mark")), UnicodeProperties.lone("Combining_Mark"));
        assertEquals(Optional.of(new UnicodeProperty(Kind.BINARY, "White_Space")), UnicodeProperties.lone("space"));
        assertEquals(Optional.of(new UnicodeProperty(Kind.STRINGS, "Basic_Emoji")), UnicodeProperties.lone("Basic_Emoji"));
        assertEquals(Optional.empty(), UnicodeProperties.lone("letter"));
        assertEquals(Optional.empty(), UnicodeProperties.lone("Greek"));
        assertEquals(Optional.empty(), UnicodeProperties.lone("binary"));
        assertEquals(Optional.empty(), UnicodeProperties.lone("gc"));
        assertEquals(Optional.of(new UnicodeProperty(Kind.SCRIPT, "Katakana_Or_Hiragana")),
                UnicodeProperties.value("Script", "Hrkt"));
        assertEquals(Optional.empty(), UnicodeProperties.value("Script", "Lu"));
        assertEquals(Optional.empty(), UnicodeProperties.value("General_Category", "Latin"));
    }

    @Test
    void codePointSets() {
        CodePointSet lu = set(Kind.GENERAL_CATEGORY, "Uppercase_Letter");
        assertTrue(lu.contains('A') && lu.contains('Z') && lu.contains(0x1D400));
        assertFalse(lu.contains('a') || lu.contains('@') || lu.contains('['));
        CodePointSet any = set(Kind.BINARY, "Any");
        assertEquals(1, any.rangeCount());
        assertEquals(0, any.rangeStart(0));
        assertEquals(0x10FFFF, any.rangeEnd(0));
        assertEquals(128, set(Kind.BINARY, "ASCII").size());
        assertTrue(set(Kind.SCRIPT, "Greek").contains(0x03C0));
        // ARABIC TATWEEL: Script=Common, with Arabic among its Script_Extensions
        assertTrue(set(Kind.SCRIPT, "Common").contains(0x0640));
        assertFalse(set(Kind.SCRIPT, "Arabic").contains(0x0640));
        assertTrue(set(Kind.SCRIPT_EXTENSIONS, "Arabic").contains(0x0640));
        assertTrue(set(Kind.SCRIPT, "Katakana_Or_Hiragana").isEmpty());
    }

    @Test
    void propertiesOfStrings() {
        UnicodeProperty keycaps = new UnicodeProperty(Kind.STRINGS, "Emoji_Keycap_Sequence");
        assertTrue(UnicodeProperties.codePoints(keycaps).isEmpty());
        assertEquals(12, UnicodeProperties.sequences(keycaps).size());
        assertTrue(UnicodeProperties.sequences(keycaps).contains("#\uFE0F\u20E3"));
        UnicodeProperty rgi = new UnicodeProperty(Kind.STRINGS, "RGI_Emoji");
        assertTrue(UnicodeProperties.codePoints(rgi).contains(0x1F600));
        assertTrue(UnicodeProperties.sequences(rgi).contains("\uD83C\uDDFA\uD83C\uDDF8")); // flag: US
        assertTrue(UnicodeProperties.sequences(new UnicodeProperty(Kind.BINARY, "Alphabetic")).isEmpty());
    }

    @Test
    void identifiersFollowUnicode17() {
        assertTrue(UnicodeIdentifiers.isIdentifierStart('$') && UnicodeIdentifiers.isIdentifierStart('_'));
        assertFalse(UnicodeIdentifiers.isIdentifierStart('1'));
        assertTrue(UnicodeIdentifiers.isIdentifierPart('1') && UnicodeIdentifiers.isIdentifierPart(0x200D));
        assertTrue(UnicodeIdentifiers.isIdentifierStart(0x1D453)); // MATHEMATICAL ITALIC SMALL F
        assertFalse(UnicodeIdentifiers.isIdentifierStart(0x1D7DA)); // MATHEMATICAL DOUBLE-STRUCK DIGIT TWO
        assertTrue(UnicodeIdentifiers.isIdentifierPart(0x1D7DA));
        assertFalse(UnicodeIdentifiers.isIdentifierPart(0x1F98A)); // FOX FACE
        // a letter of Sidetic, a script new in Unicode 17, which the JDK's tables do not know
        int sidetic = set(Kind.SCRIPT, "Sidetic").rangeStart(0);
        assertTrue(UnicodeIdentifiers.isIdentifierStart(sidetic));
    }

    @Test
    void codePointSetMergesAndSearches() {
        CodePointSet s = CodePointSet.ofBounds(new int[] {1, 3, 3, 5, 10, 11});
        assertEquals(2, s.rangeCount());
        assertEquals("[1-4 a]", s.toString());
        assertFalse(s.contains(0));
        assertTrue(s.contains(1) && s.contains(4) && s.contains(10));
        assertFalse(s.contains(5) || s.contains(9) || s.contains(11));
        assertEquals(5, s.size());
    }
}
