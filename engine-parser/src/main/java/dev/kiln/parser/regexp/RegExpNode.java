package dev.kiln.parser.regexp;

import dev.kiln.parser.unicode.UnicodeProperty;

import java.util.List;
import java.util.Set;

/**
 * The syntax tree of a RegExp pattern (ECMA-262 22.2.1), shaped for a matcher compiler: a
 * {@link Disjunction} of {@link Alternative}s of {@link Term}s, with every grammar detail that does
 * not change the meaning already resolved (escapes are code points, group names are resolved to
 * group indices, Annex B's {@code [\d-a]} is a union, surrogate pairs of a Unicode pattern are one
 * code point). Character values are code points in a Unicode pattern (u or v) and UTF-16 code units
 * otherwise (22.2.2 "BMP pattern").
 *
 * <p>Nodes are immutable records. Nesting is bounded by {@link RegExpParser#MAX_NESTING}, so
 * recursive walks over the tree are safe.
 */
public sealed interface RegExpNode {

    /** A part of an {@link Alternative}: an assertion, an atom, or a quantified atom. */
    sealed interface Term extends RegExpNode {
    }

    /** A member of a {@link CharacterClass}. */
    sealed interface ClassMember extends RegExpNode {
        /** MayContainStrings (22.2.1.8): whether the member may match more than one code point. */
        default boolean mayContainStrings() {
            return false;
        }
    }

    /** {@code a|b|c}: one or more alternatives, tried in order. */
    record Disjunction(List<Alternative> alternatives) implements RegExpNode {
        public Disjunction {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** A sequence of terms; empty for an empty alternative. */
    record Alternative(List<Term> terms) implements RegExpNode {
        public Alternative {
            terms = List.copyOf(terms);
        }
    }

    /**
     * One character: a PatternCharacter or a character escape ({@code \n}, {@code \x41},
     * <code>&#92;u{1F600}</code>, {@code \cJ}, legacy octal, identity escapes).
     */
    record Char(int value) implements Term, ClassMember {
    }

    /** {@code .} */
    record Dot() implements Term {
    }

    /** {@code ^ $ \b \B} */
    record Assertion(AssertionKind kind) implements Term {
    }

    enum AssertionKind { START, END, WORD_BOUNDARY, NOT_WORD_BOUNDARY }

    /**
     * {@code (?=…) (?!…) (?<=…) (?<!…)}. Only a lookahead of a pattern without u or v can be
     * quantified (Annex B QuantifiableAssertion).
     */
    record Lookaround(boolean behind, boolean negated, Disjunction body) implements Term {
    }

    /**
     * An atom with a quantifier: {@code * + ? {n} {n,} {n,m}}, greedy unless followed by {@code ?}.
     * {@code max} is {@link #UNBOUNDED} for no upper bound; a bound too large for a long saturates
     * to it, which no input can tell apart.
     */
    record Quantified(Term atom, long min, long max, boolean greedy) implements Term {
        public static final long UNBOUNDED = Long.MAX_VALUE;
    }

    /** {@code (…)} or {@code (?<name>…)}: capture group number {@code index} (1-based), name or null. */
    record CaptureGroup(int index, String name, Disjunction body) implements Term {
    }

    /**
     * {@code (?:…)}, or with modifiers {@code (?ims-ims:…)}: flags switched on and off for the body.
     * Both sets are empty for a plain non-capturing group.
     */
    record Group(Set<Modifier> add, Set<Modifier> remove, Disjunction body) implements Term {
        public Group {
            add = Set.copyOf(add);
            remove = Set.copyOf(remove);
        }
    }

    /** The flags a modifier group can change (RegularExpressionModifier). */
    enum Modifier {
        IGNORE_CASE('i'), MULTILINE('m'), DOT_ALL('s');

        public final char letter;

        Modifier(char letter) {
            this.letter = letter;
        }
    }

    /**
     * {@code \1} or {@code \k<name>}: the groups it refers to, ascending. A number refers to one
     * group; a name refers to every group of that name (with duplicate named groups at most one of
     * them can have participated). {@code name} is null for a numbered reference.
     */
    record Backreference(List<Integer> groups, String name) implements Term {
        public Backreference {
            groups = List.copyOf(groups);
        }
    }

    /** {@code \d \D \s \S \w \W} */
    record ClassEscape(ClassEscapeKind kind) implements Term, ClassMember {
    }

    enum ClassEscapeKind { DIGIT, NOT_DIGIT, SPACE, NOT_SPACE, WORD, NOT_WORD }

    /** {@code \p{…}} or {@code \P{…}} (negated); only a non-negated property of strings may match strings. */
    record PropertyEscape(UnicodeProperty property, boolean negated) implements Term, ClassMember {
        @Override
        public boolean mayContainStrings() {
            return property.isPropertyOfStrings();
        }
    }

    /** {@code a-z} in a class: every character from {@code from} to {@code to}, inclusive. */
    record ClassRange(int from, int to) implements ClassMember {
    }

    /**
     * {@code \q{abc|d|}} in a v-mode class: the listed strings, as Java strings (a string of one
     * code point is a character, the empty string matches empty).
     */
    record ClassStrings(List<String> strings) implements ClassMember {
        public ClassStrings {
            strings = List.copyOf(strings);
        }

        @Override
        public boolean mayContainStrings() {
            for (String s : strings) {
                if (s.isEmpty() || s.length() > Character.charCount(s.codePointAt(0))) return true;
            }
            return false;
        }
    }

    /**
     * {@code […]} or {@code [^…]}, as an atom or nested in a v-mode class. Without v, the operator
     * is always {@link ClassOperator#UNION}. With v, an intersection or subtraction has two or more
     * members ({@code [a&&b&&c]}, {@code [a--b--c]}), applied left to right.
     *
     * @param mayContainStrings MayContainStrings of the contents (always false when negated)
     */
    record CharacterClass(boolean negated, ClassOperator operator, List<ClassMember> members,
                          boolean mayContainStrings) implements Term, ClassMember {
        public CharacterClass {
            members = List.copyOf(members);
        }
    }

    enum ClassOperator { UNION, INTERSECTION, SUBTRACTION }
}
