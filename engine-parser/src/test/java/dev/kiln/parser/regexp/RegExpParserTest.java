package dev.kiln.parser.regexp;

import dev.kiln.parser.regexp.RegExpNode.Alternative;
import dev.kiln.parser.regexp.RegExpNode.Assertion;
import dev.kiln.parser.regexp.RegExpNode.AssertionKind;
import dev.kiln.parser.regexp.RegExpNode.Backreference;
import dev.kiln.parser.regexp.RegExpNode.CaptureGroup;
import dev.kiln.parser.regexp.RegExpNode.Char;
import dev.kiln.parser.regexp.RegExpNode.CharacterClass;
import dev.kiln.parser.regexp.RegExpNode.ClassEscape;
import dev.kiln.parser.regexp.RegExpNode.ClassEscapeKind;
import dev.kiln.parser.regexp.RegExpNode.ClassOperator;
import dev.kiln.parser.regexp.RegExpNode.ClassRange;
import dev.kiln.parser.regexp.RegExpNode.ClassStrings;
import dev.kiln.parser.regexp.RegExpNode.Disjunction;
import dev.kiln.parser.regexp.RegExpNode.Dot;
import dev.kiln.parser.regexp.RegExpNode.Group;
import dev.kiln.parser.regexp.RegExpNode.Lookaround;
import dev.kiln.parser.regexp.RegExpNode.Modifier;
import dev.kiln.parser.regexp.RegExpNode.PropertyEscape;
import dev.kiln.parser.regexp.RegExpNode.Quantified;
import dev.kiln.parser.regexp.RegExpNode.Term;
import dev.kiln.parser.unicode.UnicodeProperty;
import dev.kiln.parser.unicode.UnicodeProperty.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegExpParserTest {

    private static RegExpPattern parse(String pattern, String flags) {
        return RegExpParser.parse(pattern, flags);
    }

    /** The terms of a pattern of one alternative. */
    private static List<Term> terms(String pattern, String flags) {
        Disjunction body = parse(pattern, flags).body();
        assertEquals(1, body.alternatives().size(), "alternatives of " + pattern);
        return body.alternatives().get(0).terms();
    }

    private static Term only(String pattern, String flags) {
        List<Term> terms = terms(pattern, flags);
        assertEquals(1, terms.size(), "terms of " + pattern);
        return terms.get(0);
    }

    private static void valid(String pattern, String flags) {
        parse(pattern, flags);
    }

    private static RegExpSyntaxException invalid(String pattern, String flags) {
        return assertThrows(RegExpSyntaxException.class, () -> parse(pattern, flags), "/" + pattern + "/" + flags);
    }

    private static void invalid(String pattern, String flags, String message, int index) {
        RegExpSyntaxException e = invalid(pattern, flags);
        assertEquals(message, e.getMessage(), "/" + pattern + "/" + flags);
        assertEquals(index, e.index(), "index in /" + pattern + "/" + flags);
    }

    private static Disjunction disjunction(Term... terms) {
        return new Disjunction(List.of(new Alternative(List.of(terms))));
    }

    private static CharacterClass union(RegExpNode.ClassMember... members) {
        return new CharacterClass(false, ClassOperator.UNION, List.of(members), false);
    }

    @Nested
    class Flags {
        @Test
        void everyFlagOnceInAnyOrder() {
            RegExpFlags flags = parse("", "ysmigd").flags();
            assertTrue(flags.sticky() && flags.multiline() && flags.ignoreCase() && flags.global()
                    && flags.hasIndices() && flags.dotAll());
            assertFalse(flags.unicodeMode());
            assertEquals("dgimsy", flags.toString());
            assertTrue(parse("", "v").flags().unicodeMode());
            assertEquals("u", parse("", "u").flags().toString());
        }

        @Test
        void duplicatesUnknownAndUWithVAreErrors() {
            invalid("a", "gg", "Invalid flags 'gg'", 3);
            invalid("a", "gig", "Invalid flags 'gig'", 4);
            invalid("ab", "x", "Invalid flags 'x'", 3);
            invalid("a", "G", "Invalid flags 'G'", 2);
            invalid("a", "uv", "Invalid flags 'uv'", 3);
            invalid("a", "vu", "Invalid flags 'vu'", 3);
        }
    }

    @Nested
    class Structure {
        @Test
        void disjunctionsOfAlternatives() {
            Disjunction body = parse("a|bc|", "").body();
            assertEquals(3, body.alternatives().size());
            assertEquals(List.of(new Char('a')), body.alternatives().get(0).terms());
            assertEquals(List.of(new Char('b'), new Char('c')), body.alternatives().get(1).terms());
            assertEquals(List.of(), body.alternatives().get(2).terms());
            assertEquals(List.of(new Alternative(List.of())), parse("", "").body().alternatives());
        }

        @Test
        void assertionsAndDot() {
            assertEquals(List.of(new Assertion(AssertionKind.START), new Dot(), new Assertion(AssertionKind.WORD_BOUNDARY),
                    new Assertion(AssertionKind.NOT_WORD_BOUNDARY), new Assertion(AssertionKind.END)),
                    terms("^.\\b\\B$", ""));
        }

        @Test
        void groupsAndLookarounds() {
            assertEquals(new CaptureGroup(1, null, disjunction(new Char('a'))), only("(a)", ""));
            assertEquals(new Group(Set.of(), Set.of(), disjunction(new Char('a'))), only("(?:a)", ""));
            assertEquals(new Lookaround(false, false, disjunction(new Char('a'))), only("(?=a)", ""));
            assertEquals(new Lookaround(false, true, disjunction(new Char('a'))), only("(?!a)", "u"));
            assertEquals(new Lookaround(true, false, disjunction(new Char('a'))), only("(?<=a)", ""));
            assertEquals(new Lookaround(true, true, disjunction(new Char('a'))), only("(?<!a)", "v"));
        }

        @Test
        void groupsAreNumberedByTheirOpeningParenthesis() {
            RegExpPattern p = parse("((a)(?:(b)))(?<n>c)", "");
            assertEquals(4, p.groupCount());
            CaptureGroup outer = (CaptureGroup) p.body().alternatives().get(0).terms().get(0);
            assertEquals(1, outer.index());
            CaptureGroup second = (CaptureGroup) outer.body().alternatives().get(0).terms().get(0);
            assertEquals(2, second.index());
            assertEquals("n", p.groupName(4));
            assertNull(p.groupName(1));
            assertEquals(Map.of("n", List.of(4)), p.groupsByName());
        }

        @Test
        void unterminatedAndUnmatchedGroups() {
            invalid("(a", "", "Unterminated group", 0);
            invalid("a(?:b(c)", "u", "Unterminated group", 1);
            invalid("(?<=a", "", "Unterminated group", 0);
            invalid("a)", "", "Unmatched ')'", 1);
            invalid(")", "v", "Unmatched ')'", 0);
            invalid("(?", "", "Invalid group", 0);
            invalid("(?a)", "", "Invalid group", 0);
            invalid("(?<)", "", "Invalid capture group name", 3);
        }

        @Test
        void deepNestingIsAnErrorNotAStackOverflow() {
            String deep = "(".repeat(100_000) + ")".repeat(100_000);
            invalid(deep, "", "Too deeply nested", RegExpParser.MAX_NESTING);
            String deepClass = "[".repeat(100_000) + "]".repeat(100_000);
            invalid(deepClass, "v", "Too deeply nested", RegExpParser.MAX_NESTING);
            String allowed = "(?:".repeat(RegExpParser.MAX_NESTING) + ")".repeat(RegExpParser.MAX_NESTING);
            valid(allowed, "u");
            valid("[".repeat(RegExpParser.MAX_NESTING) + "]".repeat(RegExpParser.MAX_NESTING), "v");
        }

        @Test
        void longPatternsParse() {
            valid("a|".repeat(200_000) + "b", "");
            valid("(?<n>a)|".repeat(50_000) + "b", "");
            valid("(a)".repeat(100_000) + "\\100000", "u");
        }
    }

    @Nested
    class Quantifiers {
        @Test
        void allForms() {
            assertEquals(new Quantified(new Char('a'), 0, Quantified.UNBOUNDED, true), only("a*", ""));
            assertEquals(new Quantified(new Char('a'), 1, Quantified.UNBOUNDED, false), only("a+?", ""));
            assertEquals(new Quantified(new Char('a'), 0, 1, true), only("a?", "u"));
            assertEquals(new Quantified(new Char('a'), 3, 3, true), only("a{3}", ""));
            assertEquals(new Quantified(new Char('a'), 3, Quantified.UNBOUNDED, false), only("a{3,}?", ""));
            assertEquals(new Quantified(new Char('a'), 2, 5, true), only("a{2,5}", "v"));
            assertEquals(new Quantified(new Char('a'), 1, Long.MAX_VALUE, true), only("a{1,99999999999999999999}", ""));
        }

        @Test
        void nothingToRepeat() {
            invalid("*a", "", "Nothing to repeat", 0);
            invalid("a**", "", "Nothing to repeat", 2);
            invalid("a???", "", "Nothing to repeat", 3);
            invalid("a|+", "", "Nothing to repeat", 2);
            invalid("(?:?)", "", "Nothing to repeat", 3);
            invalid("^*", "", "Nothing to repeat", 1);
            invalid("$+", "u", "Nothing to repeat", 1);
            invalid("\\b*", "", "Nothing to repeat", 2);
            invalid("\\B{1}", "", "Nothing to repeat", 2);
            invalid("(?<=a)?", "", "Nothing to repeat", 6);
            invalid("(?<!a){2}", "", "Nothing to repeat", 6);
            invalid("x{1}{1,}", "", "Nothing to repeat", 4);
            invalid("{1}", "", "Nothing to repeat", 0);
            invalid("a|{1,2}", "", "Nothing to repeat", 2);
        }

        @Test
        void lookaheadsAreQuantifiableOnlyWithoutUnicode() {
            Quantified q = (Quantified) only("(?=a)*", "");
            assertEquals(new Lookaround(false, false, disjunction(new Char('a'))), q.atom());
            valid("(?!a){2}", "");
            invalid("(?=a)*", "u", "Nothing to repeat", 5);
            invalid("(?!a)+", "v", "Nothing to repeat", 5);
        }

        @Test
        void bracesOutOfOrder() {
            invalid("a{2,1}", "", "Numbers out of order in {} quantifier", 1);
            invalid("a{99999999999999999999,99999999999999999998}", "", "Numbers out of order in {} quantifier", 1);
            valid("a{0002,2}", "");
            valid("a{99999999999999999999,99999999999999999999}", "u");
        }

        @Test
        void annexBBracesAreCharactersUnlessTheyQuantify() {
            assertEquals(List.of(new Char('a'), new Char('{')), terms("a{", ""));
            assertEquals(List.of(new Char('{'), new Char('}')), terms("{}", ""));
            assertEquals(List.of(new Char('a'), new Char('{'), new Char(','), new Char('1'), new Char('}')), terms("a{,1}", ""));
            assertEquals(List.of(new Char('}'), new Char(']')), terms("}]", ""));
            assertEquals(List.of(new Char('x'), new Char('{'), new Char('1'), new Char('a'), new Char('}')), terms("x{1a}", ""));
        }

        @Test
        void unicodeBracesAreErrors() {
            invalid("a{", "u", "Incomplete quantifier", 1);
            invalid("a{1", "u", "Incomplete quantifier", 1);
            invalid("a{,1}", "v", "Incomplete quantifier", 1);
            invalid("{", "u", "Lone quantifier brackets", 0);
            invalid("}", "u", "Lone quantifier brackets", 0);
            invalid("]", "v", "Lone quantifier brackets", 0);
            invalid("{1}", "u", "Nothing to repeat", 0);
        }
    }

    @Nested
    class Escapes {
        @Test
        void characterEscapes() {
            assertEquals(List.of(new Char('\f'), new Char('\n'), new Char('\r'), new Char('\t'), new Char(0x0B),
                    new Char(0), new Char(0x41), new Char(0x42), new Char(10)), terms("\\f\\n\\r\\t\\v\\0\\x41\\u0042\\cJ", ""));
            assertEquals(new Char(0x1F600), only("\\u{1F600}", "u"));
            assertEquals(new Char(0x1F600), only("\\uD83D\\uDE00", "u"));
            assertEquals(List.of(new Char(0xD83D), new Char(0xDE00)), terms("\\uD83D\\uDE00", ""));
            assertEquals(new Char(0xD83D), only("\\uD83D", "u"));
            assertEquals(new Char(0x10FFFF), only("\\u{0010FFFF}", "v"));
            assertEquals(new Char(1), only("\\ca", "u"));
        }

        @Test
        void sourceSurrogatePairsAreOneCharacterOnlyInUnicodeMode() {
            assertEquals(new Char(0x1F600), only("\uD83D\uDE00", "u"));
            assertEquals(List.of(new Char(0xD83D), new Char(0xDE00)), terms("\uD83D\uDE00", ""));
            assertEquals(new Quantified(new Char(0x1F600), 1, Quantified.UNBOUNDED, true), only("\uD83D\uDE00+", "v"));
        }

        @Test
        void unicodeModeRejectsMalformedEscapes() {
            invalid("\\u{110000}", "u", "Invalid Unicode escape", 0);
            invalid("\\u{}", "u", "Invalid Unicode escape", 0);
            invalid("\\u12", "u", "Invalid Unicode escape", 0);
            invalid("\\x1", "u", "Invalid hexadecimal escape", 0);
            invalid("\\c", "u", "Invalid control escape", 0);
            invalid("\\c1", "u", "Invalid control escape", 0);
            invalid("\\00", "u", "Invalid decimal escape", 0);
            invalid("a\\", "u", "\\ at end of pattern", 1);
            invalid("\\", "", "\\ at end of pattern", 0);
        }

        @Test
        void unicodeModeIdentityEscapesAreSyntaxCharactersAndSlash() {
            for (char c : "^$\\.*+?()[]{}|/".toCharArray()) {
                assertEquals(new Char(c), only("\\" + c, "u"));
                assertEquals(new Char(c), only("\\" + c, "v"));
            }
            for (char c = 0; c < 0x80; c++) {
                boolean syntax = "^$\\.*+?()[]{}|/".indexOf(c) >= 0;
                boolean letterOrDigit = Character.isLetterOrDigit(c);
                if (!syntax && !letterOrDigit) {
                    invalid("\\" + c, "u", "Invalid escape", 0);
                    if (c != '-') invalid("[\\" + c + "]", "u", "Invalid class escape", 1);
                }
            }
            for (char c : "ACEFGHIJKLMNOQRTUVXYZaeghijlmoqyz".toCharArray()) {
                invalid("\\" + c, "u");
                invalid("[\\" + c + "]", "u");
            }
            invalid("\\-", "u", "Invalid escape", 0);
            assertEquals(union(new Char('-')), only("[\\-]", "u"));
            invalid("\\k", "u", "Invalid named reference", 0);
            invalid("\\p", "u", "Invalid property name", 0);
            invalid("\\8", "u", "Invalid backreference", 0);
        }

        @Test
        void unicodeControlEscapesTakeOnlyLetters() {
            for (char c = 0; c < 0x80; c++) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    assertEquals(new Char(c % 32), only("\\c" + c, "u"));
                    assertEquals(union(new Char(c % 32)), only("[\\c" + c + "]", "u"));
                } else {
                    invalid("\\c" + c, "u", "Invalid control escape", 0);
                    invalid("[\\c" + c + "]", "v", "Invalid control escape", 1);
                }
            }
        }

        @Test
        void annexBIdentityEscapes() {
            assertEquals(List.of(new Char('a'), new Char('-'), new Char('p'), new Char('k'), new Char('8'), new Char('9')),
                    terms("\\a\\-\\p\\k\\8\\9", ""));
            assertEquals(List.of(new Char('u'), new Char('x'), new Char('1')), terms("\\u\\x1", ""));
            // without the u flag, backslash-u-{4} is the letter u repeated four times
            assertEquals(new Quantified(new Char('u'), 4, 4, true), only("\\u{4}", ""));
        }

        @Test
        void annexBControlEscapeFallsBackToBackslash() {
            assertEquals(List.of(new Char('\\'), new Char('c'), new Char('1')), terms("\\c1", ""));
            assertEquals(List.of(new Char('\\'), new Char('c')), terms("\\c", ""));
            assertEquals(union(new Char(0x11)), only("[\\c1]", ""));
            assertEquals(union(new Char(0x1F)), only("[\\c_]", ""));
            assertEquals(union(new Char('\\'), new Char('c'), new Char('*')), only("[\\c*]", ""));
            invalid("[\\c-a]", "", "Range out of order in character class", 2);
        }

        @Test
        void annexBOctalAndBackreferences() {
            assertEquals(List.of(new Char(1)), terms("\\1", ""));
            assertEquals(List.of(new Char(0), new Char('8')), terms("\\08", ""));
            assertEquals(List.of(new Char(0377), new Char('7')), terms("\\3777", ""));
            assertEquals(List.of(new Char(047), new Char('7')), terms("\\477", ""));
            assertEquals(List.of(new Char(1), new Char('8')), terms("\\18", ""));
            assertEquals(new Backreference(List.of(1), null), terms("\\1(a)", "").get(0));
            assertEquals(new Char(2), terms("\\2(a)", "").get(0));
            List<Term> ten = terms("(a)".repeat(10) + "\\10", "");
            assertEquals(new Backreference(List.of(10), null), ten.get(10));
            List<Term> nine = terms("(a)".repeat(9) + "\\10", "");
            assertEquals(List.of(new Char(010)), nine.subList(9, nine.size()));
        }

        @Test
        void unicodeBackreferencesMustNameAGroup() {
            assertEquals(new Backreference(List.of(2), null), terms("\\2(a)(b)", "u").get(0));
            invalid("\\2(a)", "u", "Invalid backreference", 0);
            invalid("(a)\\1\\99999999999", "v", "Invalid backreference", 5);
        }

        @Test
        void classEscapes() {
            assertEquals(List.of(new ClassEscape(ClassEscapeKind.DIGIT), new ClassEscape(ClassEscapeKind.NOT_DIGIT),
                    new ClassEscape(ClassEscapeKind.SPACE), new ClassEscape(ClassEscapeKind.NOT_SPACE),
                    new ClassEscape(ClassEscapeKind.WORD), new ClassEscape(ClassEscapeKind.NOT_WORD)),
                    terms("\\d\\D\\s\\S\\w\\W", ""));
        }
    }

    @Nested
    class Classes {
        @Test
        void rangesAndMembers() {
            assertEquals(union(new ClassRange('a', 'z'), new Char('-')), only("[a-z-]", ""));
            assertEquals(new CharacterClass(true, ClassOperator.UNION, List.of(new Char('-'), new ClassRange('0', '9')), false),
                    only("[^-0-9]", ""));
            assertEquals(union(new ClassRange('-', 'a')), only("[--a]", ""));
            assertEquals(union(new ClassRange('a', 'b'), new Char('-'), new Char('c')), only("[a-b-c]", ""));
            assertEquals(union(), only("[]", ""));
            assertEquals(new CharacterClass(true, ClassOperator.UNION, List.of(), false), only("[^]", "u"));
            assertEquals(union(new Char(8), new Char('B')), only("[\\b\\B]", ""));
            assertEquals(union(new ClassRange(0x1F600, 0x1F64F)), only("[\uD83D\uDE00-\uD83D\uDE4F]", "u"));
            invalid("[\uD83D\uDE00-\uD83D\uDE4F]", "", "Range out of order in character class", 2);
            assertEquals(union(new Char('(')), only("[(]", "u"));
            assertEquals(union(new Char('[')), only("[[]", ""));
        }

        @Test
        void rangeErrors() {
            invalid("[z-a]", "", "Range out of order in character class", 1);
            invalid("[a--]", "", "Range out of order in character class", 1);
            invalid("[\\d-a]", "u", "Invalid character class", 1);
            invalid("[a-\\w]", "u", "Invalid character class", 1);
            invalid("[a", "", "Unterminated character class", 0);
            invalid("[a-", "u", "Unterminated character class", 0);
            invalid("[\\", "", "\\ at end of pattern", 1);
        }

        @Test
        void annexBRangesWithClassEscapesAreUnions() {
            assertEquals(union(new ClassEscape(ClassEscapeKind.DIGIT), new Char('-'), new Char('a')), only("[\\d-a]", ""));
            assertEquals(union(new Char('a'), new Char('-'), new ClassEscape(ClassEscapeKind.SPACE)), only("[a-\\s]", ""));
            assertEquals(union(new ClassEscape(ClassEscapeKind.WORD), new Char('-'), new ClassEscape(ClassEscapeKind.WORD)),
                    only("[\\w-\\w]", ""));
        }

        @Test
        void annexBClassEscapes() {
            assertEquals(union(new Char(1), new Char(8), new Char('8'), new Char('k')), only("[\\1\\10\\8\\k]", ""));
            invalid("[\\k](?<a>)", "", "Invalid escape", 1);
            invalid("[\\1]", "u", "Invalid class escape", 1);
            invalid("[\\00]", "u", "Invalid decimal escape", 1);
        }
    }

    @Nested
    class ClassSets {
        private CharacterClass cls(String pattern) {
            return (CharacterClass) only(pattern, "v");
        }

        @Test
        void unionsIntersectionsSubtractions() {
            assertEquals(union(new Char('a'), new ClassRange('b', 'd'), new Char('e')), cls("[ab-de]"));
            CharacterClass and = cls("[\\w&&[a-z]&&\\p{ASCII}]");
            assertEquals(ClassOperator.INTERSECTION, and.operator());
            assertEquals(3, and.members().size());
            assertEquals(union(new ClassRange('a', 'z')), and.members().get(1));
            CharacterClass minus = cls("[\\w--\\d--_]");
            assertEquals(new CharacterClass(false, ClassOperator.SUBTRACTION,
                    List.of(new ClassEscape(ClassEscapeKind.WORD), new ClassEscape(ClassEscapeKind.DIGIT), new Char('_')), false),
                    minus);
            assertEquals(union(union(union(new Char('a')))), cls("[[[a]]]"));
            assertEquals(new CharacterClass(false, ClassOperator.UNION,
                    List.of(new CharacterClass(true, ClassOperator.UNION, List.of(new Char('a')), false)), false), cls("[[^a]]"));
        }

        @Test
        void rangesInSets() {
            assertEquals(union(new ClassRange(0x1F600, 0x1F64F)), cls("[\\u{1F600}-\uD83D\uDE4F]"));
            invalid("[z-a]", "v", "Range out of order in character class", 1);
            invalid("[a-\\b]", "v", "Range out of order in character class", 1);
            invalid("[\\p{L}-z]", "v", "Invalid character '-' in character class", 6);
            invalid("[a-\\d]", "v", "Invalid class escape", 3);
        }

        @Test
        void operatorsDoNotMix() {
            invalid("[a&&b--c]", "v", "Invalid set operation in character class", 5);
            invalid("[a--b&&c]", "v", "Invalid set operation in character class", 5);
            invalid("[ab&&c]", "v", "Invalid set operation in character class", 3);
            invalid("[a&&bc]", "v", "Invalid set operation in character class", 5);
            invalid("[a-z&&b]", "v", "Invalid set operation in character class", 4);
            invalid("[a&&b-z]", "v", "Invalid set operation in character class", 4);
            invalid("[a&&]", "v", "Invalid set operation in character class", 4);
            invalid("[a&&&b]", "v", "Invalid set operation in character class", 4);
            invalid("[&&a]", "v", "Invalid set operation in character class", 1);
            invalid("[a--]", "v", "Invalid set operation in character class", 4);
            invalid("[a---b]", "v", "Invalid character '-' in character class", 4);
        }

        @Test
        void syntaxCharactersAndReservedDoublePunctuators() {
            for (char c : "()[{}/|".toCharArray()) {
                if (c != '[') invalid("[" + c + "]", "v", "Invalid character '" + c + "' in character class", 1);
                assertEquals(union(new Char(c)), cls("[\\" + c + "]"));
            }
            invalid("[a-]", "v", "Invalid character ']' in character class", 3);
            invalid("[-a]", "v", "Invalid character '-' in character class", 1);
            for (char c : "&!#$%*+,.:;<=>?@^`~".toCharArray()) {
                invalid("[a" + c + c + "]", "v", "Invalid set operation in character class", c == '&' ? 4 : 2);
                if (c != '^') assertEquals(union(new Char(c)), cls("[" + c + "]"));
            }
            for (char c : "&-!#%,:;<=>@`~".toCharArray()) {
                assertEquals(union(new Char(c)), cls("[\\" + c + "]"));
                invalid("\\" + c + "", "v");
            }
            // a SyntaxCharacter escape is a CharacterEscape in both modes
            assertEquals(union(new Char('$')), only("[\\$]", "v"));
            invalid("[\\\"]", "v", "Invalid class escape", 1);
            assertEquals(union(new Char(8)), cls("[\\b]"));
        }

        @Test
        void stringDisjunctions() {
            CharacterClass c = cls("[\\q{abc|d|}]");
            assertEquals(List.of(new ClassStrings(List.of("abc", "d", ""))), c.members());
            assertTrue(c.mayContainStrings());
            assertFalse(cls("[\\q{a|b}]").mayContainStrings());
            assertFalse(cls("[^\\q{a|\\u{1F600}}]").mayContainStrings());
            assertEquals(new ClassStrings(List.of("\uD83D\uDE00x")), cls("[\\q{\\u{1F600}x}]").members().get(0));
            invalid("[^\\q{ab}]", "v", "Negated character class may contain strings", 0);
            invalid("[^\\q{}]", "v", "Negated character class may contain strings", 0);
            invalid("[\\q{a]", "v", "Invalid character ']' in character class", 5);
            invalid("[\\q{a", "v", "Unterminated class string disjunction", 1);
            invalid("[\\q{(}]", "v", "Invalid character '(' in character class", 4);
            invalid("\\q{a}", "v", "Invalid escape", 0);
            invalid("[\\q{a}]", "u", "Invalid class escape", 1);
        }

        @Test
        void mayContainStrings() {
            assertTrue(cls("[\\p{RGI_Emoji}]").mayContainStrings());
            assertTrue(cls("[\\p{RGI_Emoji}&&\\q{ab}]").mayContainStrings());
            assertFalse(cls("[\\p{RGI_Emoji}&&a]").mayContainStrings());
            assertTrue(cls("[\\p{RGI_Emoji}--a]").mayContainStrings());
            assertFalse(cls("[a--\\p{RGI_Emoji}]").mayContainStrings());
            assertTrue(cls("[a[\\q{bc}]]").mayContainStrings());
            valid("[^\\p{RGI_Emoji}&&a]", "v");
            valid("[^a--\\p{RGI_Emoji}]", "v");
            invalid("[^[\\p{RGI_Emoji}]]", "v", "Negated character class may contain strings", 0);
            invalid("[[^\\p{RGI_Emoji}]]", "v", "Negated character class may contain strings", 1);
            invalid("\\P{RGI_Emoji}", "v", "Negated property of strings", 0);
            invalid("[\\P{Basic_Emoji}]", "v", "Negated property of strings", 1);
        }
    }

    @Nested
    class NamedGroups {
        @Test
        void namesAndReferences() {
            RegExpPattern p = parse("(?<year>\\d{4})-\\k<year>", "u");
            assertEquals(Map.of("year", List.of(1)), p.groupsByName());
            assertEquals(new Backreference(List.of(1), "year"), p.body().alternatives().get(0).terms().get(2));
            assertEquals(new Backreference(List.of(1), "a"), terms("\\k<a>(?<a>x)", "").get(0));
        }

        @Test
        void withoutNamedGroupsKIsAnIdentityEscape() {
            assertEquals(List.of(new Char('k'), new Char('<'), new Char('a'), new Char('>')), terms("\\k<a>", ""));
            invalid("\\k<a>(?<b>x)", "", "Invalid named capture referenced", 0);
            invalid("\\k(?<a>x)", "", "Invalid named reference", 0);
            invalid("\\k<a>", "u", "Invalid named capture referenced", 0);
            invalid("\\k<a", "u", "Invalid capture group name", 3);
        }

        @Test
        void nameCharacters() {
            assertEquals("$_a1\u200C", parse("(?<$_a1\u200C>)", "").groupName(1));
            assertEquals("π", parse("(?<\\u03C0>)", "").groupName(1));
            assertEquals("π", parse("(?<\\u{3C0}>)", "").groupName(1));
            assertEquals("\uD835\uDC53", parse("(?<\uD835\uDC53>)", "").groupName(1));
            assertEquals("\uD835\uDC53", parse("(?<\\uD835\\uDC53>)", "").groupName(1));
            assertEquals("a\uD835\uDFDA", parse("(?<a\\u{1d7da}>)", "u").groupName(1));
            invalid("(?<1a>)", "", "Invalid capture group name", 3);
            invalid("(?<\uD835\uDFDA>)", "u", "Invalid capture group name", 3);
            invalid("(?<\uD83E\uDD8A>)", "", "Invalid capture group name", 3);
            invalid("(?<a\uD83D>)", "", "Invalid capture group name", 3);
            invalid("(?<\\uD835>)", "u", "Invalid capture group name", 3);
            invalid("(?<a\\x41>)", "", "Invalid Unicode escape in capture group name", 4);
            invalid("(?<a", "", "Invalid capture group name", 3);
            invalid("(?<a-b>)", "u", "Invalid capture group name", 3);
        }

        @Test
        void duplicateNamesOnlyInDifferentAlternatives() {
            RegExpPattern p = parse("(?<x>a)|(?<x>b)", "");
            assertEquals(Map.of("x", List.of(1, 2)), p.groupsByName());
            assertEquals(new Backreference(List.of(1, 2), "x"), terms("\\k<x>(?:(?<x>a)|(?<x>b))", "u").get(0));
            valid("(?:(?<x>a)|(?<x>b))\\k<x>", "");
            valid("(?<x>a)|(?:(?<x>b)|(?<x>c))", "u");
            valid("(?:(?<x>a)|(?<y>a)(?<x>b))(?:(?<z>c)|(?<z>d))", "");
            valid("(?:(?:(?<x>a)|(?<x>b))|(?:(?<x>c)|(?<x>d)))", "v");
            valid("((?<x>a)|b)|(?<x>c)", "");
            invalid("(?<x>a)(?<x>b)", "", "Duplicate capture group name", 7);
            invalid("(?:(?<x>a)|(?<x>b))(?<x>c)", "", "Duplicate capture group name", 19);
            invalid("(?<x>a)(?:b|(?<x>c))", "u", "Duplicate capture group name", 12);
            invalid("(?<x>(?<x>a))", "", "Duplicate capture group name", 5);
            invalid("(?:(?<x>a)|b)(?:(?<x>c)|d)", "", "Duplicate capture group name", 16);
            invalid("(?<x>a)|(?<x>b)(?<x>c)", "", "Duplicate capture group name", 15);
            invalid("(?:(?<x>a)|(?<x>b)|c)(?<x>d)", "", "Duplicate capture group name", 21);
        }
    }

    @Nested
    class Modifiers {
        @Test
        void addAndRemove() {
            Group g = (Group) only("(?i-ms:a)", "");
            assertEquals(Set.of(Modifier.IGNORE_CASE), g.add());
            assertEquals(Set.of(Modifier.MULTILINE, Modifier.DOT_ALL), g.remove());
            assertEquals(Set.of(), ((Group) only("(?-i:a)", "u")).add());
            assertEquals(Set.of(Modifier.DOT_ALL), ((Group) only("(?s-:a)", "v")).add());
            valid("(?ims:a)+", "");
        }

        @Test
        void earlyErrors() {
            invalid("(?ii:a)", "", "Repeated modifier 'i' in group", 3);
            invalid("(?-ss:a)", "", "Repeated modifier 's' in group", 4);
            invalid("(?i-i:a)", "", "Modifier 'i' both added and removed", 4);
            valid("(?m-is:a)", "");
        }

        @Test
        void moreEarlyErrors() {
            invalid("(?-:a)", "", "Empty modifiers in group", 0);
            invalid("(?u:a)", "", "Invalid group", 0);
            invalid("(?I:a)", "", "Invalid group", 0);
            invalid("(?i a)", "", "Invalid group", 0);
            invalid("(?i)", "", "Invalid group", 0);
            invalid("(?i-", "", "Invalid group", 0);
            invalid("(?i\u200D:a)", "", "Invalid group", 0);
        }
    }

    @Nested
    class PropertyEscapes {
        private UnicodeProperty property(String pattern, String flags) {
            return ((PropertyEscape) only(pattern, flags)).property();
        }

        @Test
        void namesAndAliases() {
            UnicodeProperty lu = new UnicodeProperty(Kind.GENERAL_CATEGORY, "Uppercase_Letter");
            assertEquals(lu, property("\\p{Lu}", "u"));
            assertEquals(lu, property("\\p{gc=Lu}", "u"));
            assertEquals(lu, property("\\p{General_Category=Uppercase_Letter}", "v"));
            assertEquals(new UnicodeProperty(Kind.GENERAL_CATEGORY, "Decimal_Number"), property("\\p{digit}", "u"));
            assertEquals(new UnicodeProperty(Kind.SCRIPT, "Greek"), property("\\p{sc=Grek}", "u"));
            assertEquals(new UnicodeProperty(Kind.SCRIPT_EXTENSIONS, "Inherited"), property("\\p{scx=Qaai}", "u"));
            assertEquals(new UnicodeProperty(Kind.SCRIPT, "Sidetic"), property("\\p{Script=Sidt}", "u"));
            assertEquals(new UnicodeProperty(Kind.BINARY, "Alphabetic"), property("\\p{Alpha}", "u"));
            assertEquals(new UnicodeProperty(Kind.BINARY, "Any"), property("\\P{Any}", "u"));
            assertEquals(new UnicodeProperty(Kind.STRINGS, "RGI_Emoji"), property("\\p{RGI_Emoji}", "v"));
            assertTrue(((PropertyEscape) only("\\P{Lu}", "u")).negated());
        }

        @Test
        void invalidNames() {
            for (String bad : new String[] {"\\p{lu}", "\\p{ L}", "\\p{Uppercase Letter}", "\\p{gc=}", "\\p{=Lu}",
                    "\\p{gc=Lu=Lu}", "\\p{General_Category}", "\\p{Script}", "\\p{Block=Basic_Latin}", "\\p{InAdlam}",
                    "\\p{ASCII=Y}", "\\p{ascii}", "\\p{Is_Alpha}", "\\p{sc=Latn_}", "\\p{Lu", "\\p{}", "\\pL", "\\p{Script_Extensions=Hira=x}",
                    "\\p{Line_Break=Alphabetic}", "\\p{FC_NFKC_Closure}", "\\p{Grapheme_Cluster_Break=CR}"}) {
                invalid(bad, "u", "Invalid property name", 0);
            }
            invalid("\\p{RGI_Emoji}", "u", "Invalid property name", 0);
            invalid("[\\p{RGI_Emoji}]", "u", "Invalid property name", 1);
            invalid("\\p{gc=RGI_Emoji}", "v", "Invalid property name", 0);
        }

        @Test
        void withoutUnicodeModePIsAnIdentityEscape() {
            assertEquals(List.of(new Char('p'), new Char('{'), new Char('L'), new Char('}')), terms("\\p{L}", ""));
        }
    }
}
