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
import dev.kiln.parser.regexp.RegExpNode.ClassMember;
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
import dev.kiln.parser.unicode.UnicodeIdentifiers;
import dev.kiln.parser.unicode.UnicodeProperties;
import dev.kiln.parser.unicode.UnicodeProperty;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses RegExp patterns: ECMA-262 22.2.1 Patterns with its early errors (22.2.1.1) for patterns
 * with the u or v flag, and the web-compatible grammar of Annex B.1.2 for patterns without them.
 *
 * <p>The parser is iterative: groups and nested classes live on explicit stacks, so nesting costs
 * heap, not Java stack, and is bounded by {@link #MAX_NESTING}. Work is linear in the pattern's
 * length: one scan counts the capture groups and collects their names (a backreference may name a
 * later group, 22.2.1.1; Annex B needs the count to tell {@code \10} from an octal escape), then
 * one pass builds the tree.
 */
public final class RegExpParser {
    /**
     * The deepest nesting of groups and classes accepted. Far above what real patterns use, and low
     * enough that recursive walks of the tree (matcher compilers, printers) fit the Java stack.
     */
    public static final int MAX_NESTING = 1000;

    private static final String SYNTAX_CHARACTERS = "^$\\.*+?()[]{}|";
    private static final String CLASS_SET_SYNTAX_CHARACTERS = "()[]{}/-\\|";
    private static final String CLASS_SET_RESERVED_DOUBLE_PUNCTUATORS = "&!#$%*+,.:;<=>?@^`~";
    private static final String CLASS_SET_RESERVED_PUNCTUATORS = "&-!#%,:;<=>@`~";

    private final String src;
    private final int end;
    private final RegExpFlags flags;
    private final boolean unicodeMode;
    private final boolean unicodeSets;
    /** [+NamedCaptureGroups]: always with u or v; without them only if the pattern names a group (B.1.2.9). */
    private boolean namedGroups;

    private int pos;
    private int depth;
    /** Set by the scanning helpers that work on an index rather than {@link #pos}. */
    private int scanEnd;

    // from the first scan
    private int totalGroups;
    private final Map<String, List<Integer>> groupsByName = new LinkedHashMap<>();

    // built by the parse
    private final List<String> groupNames = new ArrayList<>();
    private final Map<String, NameDefinition> lastDefinition = new HashMap<>();
    /** Whether the last atom or assertion parsed by {@link #parseTerm} may take a quantifier. */
    private boolean quantifiable;

    private RegExpParser(String pattern, RegExpFlags flags) {
        this.src = pattern;
        this.end = pattern.length();
        this.flags = flags;
        this.unicodeMode = flags.unicodeMode();
        this.unicodeSets = flags.unicodeSets();
        this.namedGroups = unicodeMode;
    }

    /**
     * Parses {@code pattern} with {@code flags} as {@code new RegExp(pattern, flags)} does
     * (22.2.3.1 RegExpInitialize, 22.2.3.4 ParsePattern with B.1.2.9).
     *
     * @throws RegExpSyntaxException if the flags or the pattern are invalid
     */
    public static RegExpPattern parse(String pattern, String flags) {
        return parse(pattern, RegExpFlags.parse(flags, pattern.length() + 1));
    }

    /** Parses {@code pattern} with already validated flags. */
    public static RegExpPattern parse(String pattern, RegExpFlags flags) {
        return new RegExpParser(pattern, flags).parsePattern();
    }

    private RegExpSyntaxException error(String problem, int index) {
        return new RegExpSyntaxException(problem, index);
    }

    // ---------------------------------------------------------------- first scan

    /**
     * Counts the capturing groups and collects their names (22.2.1.2 CountLeftCapturingParensWithin,
     * 22.2.1.9 GroupSpecifiersThatMatch). Skips escapes and class contents, where {@code (} is a
     * character. A malformed name is skipped here and reported by the parse.
     */
    private void scanGroups() {
        boolean named = false;
        int classDepth = 0;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                if (classDepth == 0 || unicodeSets) classDepth++;
            } else if (c == ']') {
                if (classDepth > 0) classDepth--;
            } else if (c == '(' && classDepth == 0) {
                if (i + 1 < end && src.charAt(i + 1) == '?') {
                    if (i + 2 < end && src.charAt(i + 2) == '<'
                            && (i + 3 >= end || (src.charAt(i + 3) != '=' && src.charAt(i + 3) != '!'))) {
                        named = true;
                        String name = null;
                        try {
                            name = readGroupName(i + 3);
                        } catch (RegExpSyntaxException malformed) {
                            // the parse reports it where it stands
                        }
                        names.add(name);
                    }
                } else {
                    names.add(null);
                }
            }
        }
        totalGroups = names.size();
        for (int index = 1; index <= totalGroups; index++) {
            String name = names.get(index - 1);
            if (name != null) groupsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(index);
        }
        if (named) namedGroups = true;
    }

    // ---------------------------------------------------------------- disjunctions, groups, terms

    private static final int ROOT = 0, CAPTURE = 1, GROUP = 2, LOOKAHEAD = 3, NEGATIVE_LOOKAHEAD = 4,
            LOOKBEHIND = 5, NEGATIVE_LOOKBEHIND = 6;

    /** An open group (or the whole pattern) and the disjunction being built inside it. */
    private static final class Frame {
        final Frame parent;
        final int kind;
        final int openIndex;
        final int captureIndex;
        final String name;
        final Set<Modifier> add;
        final Set<Modifier> remove;
        final List<Alternative> alternatives = new ArrayList<>(2);
        List<Term> terms = new ArrayList<>();
        /** Where the current alternative starts: the group's '(' or the last '|'. */
        int alternativeStart;
        boolean closed;
        /** Towards the nearest open enclosing frame once this one is closed (path-compressed). */
        Frame link;

        Frame(Frame parent, int kind, int openIndex, int captureIndex, String name, Set<Modifier> add,
              Set<Modifier> remove) {
            this.parent = parent;
            this.kind = kind;
            this.openIndex = openIndex;
            this.captureIndex = captureIndex;
            this.name = name;
            this.add = add;
            this.remove = remove;
            this.alternativeStart = openIndex;
            this.link = parent;
        }

        void newAlternative(int barIndex) {
            alternatives.add(new Alternative(terms));
            terms = new ArrayList<>();
            alternativeStart = barIndex;
        }

        Disjunction finish() {
            alternatives.add(new Alternative(terms));
            terms = null;
            return new Disjunction(alternatives);
        }
    }

    private record NameDefinition(Frame enclosing, int index) {
    }

    private RegExpPattern parsePattern() {
        scanGroups();
        groupNames.add(null); // group 0, the whole match
        Frame root = new Frame(null, ROOT, -1, 0, null, Set.of(), Set.of());
        Frame frame = root;
        while (true) {
            if (pos >= end) {
                if (frame != root) throw error("Unterminated group", frame.openIndex);
                break;
            }
            char c = src.charAt(pos);
            if (c == '|') {
                frame.newAlternative(pos++);
            } else if (c == ')') {
                if (frame == root) throw error("Unmatched ')'", pos);
                pos++;
                Term group = closeGroup(frame);
                frame.closed = true;
                depth--;
                boolean canRepeat = frame.kind != LOOKBEHIND && frame.kind != NEGATIVE_LOOKBEHIND
                        && !(unicodeMode && (frame.kind == LOOKAHEAD || frame.kind == NEGATIVE_LOOKAHEAD));
                frame = frame.parent;
                frame.terms.add(parseQuantifier(group, canRepeat));
            } else if (c == '(') {
                frame = openGroup(frame);
            } else {
                Term term = parseTerm();
                frame.terms.add(parseQuantifier(term, quantifiable));
            }
        }
        Disjunction body = root.finish();
        Map<String, List<Integer>> names = new LinkedHashMap<>();
        for (int index = 1; index < groupNames.size(); index++) {
            String name = groupNames.get(index);
            if (name != null) names.computeIfAbsent(name, k -> new ArrayList<>()).add(index);
        }
        return new RegExpPattern(src, flags, body, groupNames.toArray(new String[0]), names);
    }

    private Term closeGroup(Frame frame) {
        Disjunction body = frame.finish();
        return switch (frame.kind) {
            case CAPTURE -> new CaptureGroup(frame.captureIndex, frame.name, body);
            case GROUP -> new Group(frame.add, frame.remove, body);
            case LOOKAHEAD -> new Lookaround(false, false, body);
            case NEGATIVE_LOOKAHEAD -> new Lookaround(false, true, body);
            case LOOKBEHIND -> new Lookaround(true, false, body);
            case NEGATIVE_LOOKBEHIND -> new Lookaround(true, true, body);
            default -> throw new IllegalStateException("frame kind " + frame.kind);
        };
    }

    /** At '(': opens a capture group, a non-capturing or modifier group, or a lookaround. */
    private Frame openGroup(Frame frame) {
        int start = pos;
        if (depth >= MAX_NESTING) throw error("Too deeply nested", start);
        depth++;
        if (start + 1 >= end || src.charAt(start + 1) != '?') {
            pos = start + 1;
            return openCapture(frame, start, null);
        }
        char kind = start + 2 < end ? src.charAt(start + 2) : 0;
        switch (kind) {
            case '=':
                pos = start + 3;
                return new Frame(frame, LOOKAHEAD, start, 0, null, Set.of(), Set.of());
            case '!':
                pos = start + 3;
                return new Frame(frame, NEGATIVE_LOOKAHEAD, start, 0, null, Set.of(), Set.of());
            case '<':
                if (start + 3 < end && src.charAt(start + 3) == '=') {
                    pos = start + 4;
                    return new Frame(frame, LOOKBEHIND, start, 0, null, Set.of(), Set.of());
                }
                if (start + 3 < end && src.charAt(start + 3) == '!') {
                    pos = start + 4;
                    return new Frame(frame, NEGATIVE_LOOKBEHIND, start, 0, null, Set.of(), Set.of());
                }
                String name = readGroupName(start + 3);
                pos = scanEnd;
                defineGroupName(name, frame, start);
                return openCapture(frame, start, name);
            default:
                return openModifierGroup(frame, start);
        }
    }

    private Frame openCapture(Frame frame, int start, String name) {
        int index = groupNames.size();
        groupNames.add(name);
        return new Frame(frame, CAPTURE, start, index, name, Set.of(), Set.of());
    }

    /**
     * {@code (?ims-ims:} (Atom :: {@code (?} RegularExpressionModifiers ... and its early errors,
     * 22.2.1.1): no letter twice, none both added and removed, not both sets empty around a '-'.
     */
    private Frame openModifierGroup(Frame frame, int start) {
        int i = start + 2;
        Set<Modifier> add = EnumSet.noneOf(Modifier.class);
        Set<Modifier> remove = EnumSet.noneOf(Modifier.class);
        for (Modifier m; i < end && (m = modifier(src.charAt(i))) != null; i++) {
            if (!add.add(m)) throw error("Repeated modifier '" + m.letter + "' in group", i);
        }
        boolean dash = i < end && src.charAt(i) == '-';
        if (dash) {
            for (i++; i < end; i++) {
                Modifier m = modifier(src.charAt(i));
                if (m == null) break;
                if (!remove.add(m)) throw error("Repeated modifier '" + m.letter + "' in group", i);
                if (add.contains(m)) throw error("Modifier '" + m.letter + "' both added and removed", i);
            }
        }
        if (i >= end || src.charAt(i) != ':') throw error("Invalid group", start);
        if (dash && add.isEmpty() && remove.isEmpty()) throw error("Empty modifiers in group", start);
        pos = i + 1;
        return new Frame(frame, GROUP, start, 0, null, add, remove);
    }

    private static Modifier modifier(char c) {
        return switch (c) {
            case 'i' -> Modifier.IGNORE_CASE;
            case 'm' -> Modifier.MULTILINE;
            case 's' -> Modifier.DOT_ALL;
            default -> null;
        };
    }

    /**
     * Records a group name, rejecting a duplicate that might participate together with an earlier
     * group of the same name (22.2.1.4 MightBothParticipate). Two groups can never both participate
     * only when some disjunction holds them in different alternatives; that disjunction encloses the
     * new group, so it is open now, and it has seen a '|' since the earlier group. Checking against
     * the latest earlier group of the name suffices: if the new group is separated from the latest
     * one, it is also separated from every earlier one (which the latest was separated from, or
     * which shares the latest's alternative).
     */
    private void defineGroupName(String name, Frame enclosing, int index) {
        NameDefinition previous = lastDefinition.get(name);
        if (previous != null) {
            // of the frames open when the earlier group was defined, the innermost still open; it and
            // its ancestors are exactly the open disjunctions holding both groups, and the innermost
            // one had the latest '|'
            Frame open = nearestOpen(previous.enclosing());
            if (open.alternativeStart < previous.index()) throw error("Duplicate capture group name", index);
        }
        lastDefinition.put(name, new NameDefinition(enclosing, index));
    }

    private static Frame nearestOpen(Frame frame) {
        Frame open = frame;
        while (open.closed) open = open.link;
        while (frame != open) {
            Frame next = frame.link;
            frame.link = open;
            frame = next;
        }
        return open;
    }

    /** A term other than a group: an assertion or an atom. Sets {@link #quantifiable}. */
    private Term parseTerm() {
        int start = pos;
        char c = src.charAt(pos);
        quantifiable = true;
        switch (c) {
            case '^':
                pos++;
                quantifiable = false;
                return new Assertion(AssertionKind.START);
            case '$':
                pos++;
                quantifiable = false;
                return new Assertion(AssertionKind.END);
            case '.':
                pos++;
                return new Dot();
            case '[':
                return unicodeSets ? parseClassSet() : parseClassRanges();
            case '\\':
                return parseAtomEscape();
            case '*':
            case '+':
            case '?':
                throw error("Nothing to repeat", start);
            case '{':
                // Annex B: '{' is a character unless it reads as a quantifier (InvalidBracedQuantifier)
                if (parseBracedQuantifier()) throw error("Nothing to repeat", start);
                if (unicodeMode) throw error("Lone quantifier brackets", start);
                pos++;
                return new Char('{');
            case '}':
            case ']':
                if (unicodeMode) throw error("Lone quantifier brackets", start);
                pos++;
                return new Char(c);
            default:
                int cp = codePointAt(pos);
                pos += Character.charCount(cp);
                return new Char(cp);
        }
    }

    // ---------------------------------------------------------------- quantifiers

    private long quantifierMin;
    private long quantifierMax;

    /** Wraps {@code atom} in the quantifier at {@link #pos}, if there is one. */
    private Term parseQuantifier(Term atom, boolean canRepeat) {
        if (pos >= end) return atom;
        int start = pos;
        long min;
        long max;
        switch (src.charAt(pos)) {
            case '*' -> { min = 0; max = Quantified.UNBOUNDED; pos++; }
            case '+' -> { min = 1; max = Quantified.UNBOUNDED; pos++; }
            case '?' -> { min = 0; max = 1; pos++; }
            case '{' -> {
                if (!parseBracedQuantifier()) {
                    if (unicodeMode) throw error("Incomplete quantifier", start);
                    return atom; // Annex B: the '{' is the next atom
                }
                min = quantifierMin;
                max = quantifierMax;
            }
            default -> {
                return atom;
            }
        }
        if (!canRepeat) throw error("Nothing to repeat", start);
        boolean greedy = true;
        if (pos < end && src.charAt(pos) == '?') {
            greedy = false;
            pos++;
        }
        return new Quantified(atom, min, max, greedy);
    }

    /**
     * At '{': reads {@code {n}}, {@code {n,}} or {@code {n,m}} into {@link #quantifierMin} and
     * {@link #quantifierMax} and moves past it; leaves {@link #pos} alone if the text is not one.
     */
    private boolean parseBracedQuantifier() {
        int i = pos + 1;
        int minStart = i;
        while (i < end && isDecimalDigit(src.charAt(i))) i++;
        if (i == minStart || i >= end) return false;
        int minEnd = i;
        int maxStart = -1;
        int maxEnd = -1;
        if (src.charAt(i) == ',') {
            i++;
            maxStart = i;
            while (i < end && isDecimalDigit(src.charAt(i))) i++;
            maxEnd = i;
            if (i >= end) return false;
        }
        if (src.charAt(i) != '}') return false;
        quantifierMin = decimalValue(minStart, minEnd);
        if (maxStart < 0) {
            quantifierMax = quantifierMin;
        } else if (maxStart == maxEnd) {
            quantifierMax = Quantified.UNBOUNDED;
        } else {
            quantifierMax = decimalValue(maxStart, maxEnd);
            // 22.2.1.1 QuantifierPrefix :: { DecimalDigits , DecimalDigits }; compared exactly,
            // since the values may not fit a long
            if (compareDecimal(minStart, minEnd, maxStart, maxEnd) > 0) {
                throw error("Numbers out of order in {} quantifier", pos);
            }
        }
        pos = i + 1;
        return true;
    }

    /** The value of decimal digits, saturating at Long.MAX_VALUE. */
    private long decimalValue(int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = src.charAt(i) - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) return Long.MAX_VALUE;
            value = value * 10 + digit;
        }
        return value;
    }

    private int compareDecimal(int aFrom, int aTo, int bFrom, int bTo) {
        while (aFrom < aTo - 1 && src.charAt(aFrom) == '0') aFrom++;
        while (bFrom < bTo - 1 && src.charAt(bFrom) == '0') bFrom++;
        int lengths = Integer.compare(aTo - aFrom, bTo - bFrom);
        if (lengths != 0) return lengths;
        for (int a = aFrom, b = bFrom; a < aTo; a++, b++) {
            int digits = Character.compare(src.charAt(a), src.charAt(b));
            if (digits != 0) return digits;
        }
        return 0;
    }

    // ---------------------------------------------------------------- escapes

    /** At '\' outside a class: AtomEscape (22.2.1, B.1.2), or {@code \b}/{@code \B}. Sets {@link #quantifiable}. */
    private Term parseAtomEscape() {
        int start = pos;
        if (pos + 1 >= end) throw error("\\ at end of pattern", start);
        pos++;
        char c = src.charAt(pos);
        switch (c) {
            case 'b':
                pos++;
                quantifiable = false;
                return new Assertion(AssertionKind.WORD_BOUNDARY);
            case 'B':
                pos++;
                quantifiable = false;
                return new Assertion(AssertionKind.NOT_WORD_BOUNDARY);
            case 'd', 'D', 's', 'S', 'w', 'W':
                pos++;
                return new ClassEscape(classEscapeKind(c));
            case 'p', 'P':
                if (unicodeMode) return parsePropertyEscape(start);
                break;
            case 'k':
                if (namedGroups) return parseNamedBackreference(start);
                break;
            case '1', '2', '3', '4', '5', '6', '7', '8', '9': {
                // DecimalEscape takes every digit; without u or v it is a backreference only if
                // there are that many groups (B.1.2 AtomEscape), else an octal or identity escape
                int digitsStart = pos;
                while (pos < end && isDecimalDigit(src.charAt(pos))) pos++;
                long number = decimalValue(digitsStart, pos);
                if (number <= totalGroups) return new Backreference(List.of((int) number), null);
                if (unicodeMode) throw error("Invalid backreference", start);
                pos = digitsStart;
                break;
            }
            default:
                break;
        }
        return new Char(parseCharacterEscape(start, false));
    }

    private static ClassEscapeKind classEscapeKind(char c) {
        return switch (c) {
            case 'd' -> ClassEscapeKind.DIGIT;
            case 'D' -> ClassEscapeKind.NOT_DIGIT;
            case 's' -> ClassEscapeKind.SPACE;
            case 'S' -> ClassEscapeKind.NOT_SPACE;
            case 'w' -> ClassEscapeKind.WORD;
            case 'W' -> ClassEscapeKind.NOT_WORD;
            default -> throw new IllegalArgumentException("not a class escape: " + c);
        };
    }

    /**
     * CharacterEscape (22.2.1, B.1.2), with {@link #pos} just after the backslash at {@code start}.
     * In a class ({@code inClass}), Annex B also takes {@code \c} with a digit or '_' and the u-mode
     * grammar takes {@code \-}. Returns the character value.
     */
    private int parseCharacterEscape(int start, boolean inClass) {
        char c = src.charAt(pos);
        switch (c) {
            case 'f': pos++; return 0x0C;
            case 'n': pos++; return 0x0A;
            case 'r': pos++; return 0x0D;
            case 't': pos++; return 0x09;
            case 'v': pos++; return 0x0B;
            case 'c': {
                char letter = pos + 1 < end ? src.charAt(pos + 1) : 0;
                if (isAsciiLetter(letter) || (!unicodeMode && inClass && (isDecimalDigit(letter) || letter == '_'))) {
                    pos += 2;
                    return letter % 32;
                }
                if (unicodeMode) throw error("Invalid control escape", start);
                // B.1.2 ExtendedAtom / ClassAtomNoDash :: \ [lookahead = c]: the backslash is a
                // character and the 'c' starts the next atom
                return '\\';
            }
            case '0':
                if (pos + 1 >= end || !isDecimalDigit(src.charAt(pos + 1))) {
                    pos++;
                    return 0;
                }
                if (unicodeMode) throw error("Invalid decimal escape", start);
                return parseLegacyOctalEscape();
            case '1', '2', '3', '4', '5', '6', '7':
                if (unicodeMode) throw error(inClass ? "Invalid class escape" : "Invalid escape", start);
                return parseLegacyOctalEscape();
            case 'x': {
                int high = pos + 2 < end ? hexValue(src.charAt(pos + 1)) : -1;
                int low = high >= 0 ? hexValue(src.charAt(pos + 2)) : -1;
                if (low >= 0) {
                    pos += 3;
                    return high * 16 + low;
                }
                if (unicodeMode) throw error("Invalid hexadecimal escape", start);
                pos++;
                return 'x';
            }
            case 'u': {
                int value = readUnicodeEscape(pos, unicodeMode);
                if (value >= 0) {
                    pos = scanEnd;
                    return value;
                }
                if (unicodeMode) throw error("Invalid Unicode escape", start);
                pos++;
                return 'u';
            }
            default:
                if (unicodeMode) {
                    // IdentityEscape[+UnicodeMode] :: SyntaxCharacter | '/', and ClassEscape :: '-'
                    if (SYNTAX_CHARACTERS.indexOf(c) >= 0 || c == '/' || (inClass && c == '-')) {
                        pos++;
                        return c;
                    }
                    throw error(inClass ? "Invalid class escape" : "Invalid escape", start);
                }
                // B.1.2 SourceCharacterIdentityEscape: any character but 'c', and 'k' with named groups
                if (c == 'k' && namedGroups) throw error("Invalid escape", start);
                pos++;
                return c;
        }
    }

    /** LegacyOctalEscapeSequence (12.9.4): up to three octal digits, at most 0o377. */
    private int parseLegacyOctalEscape() {
        int first = src.charAt(pos++) - '0';
        int value = first;
        if (pos < end && isOctalDigit(src.charAt(pos))) {
            value = value * 8 + (src.charAt(pos++) - '0');
            if (first <= 3 && pos < end && isOctalDigit(src.charAt(pos))) {
                value = value * 8 + (src.charAt(pos++) - '0');
            }
        }
        return value;
    }

    /**
     * RegExpUnicodeEscapeSequence at {@code at} (the 'u'). With {@code unicode}, also {@code u{…}}
     * and a surrogate pair of escapes as one code point. Returns the value and sets
     * {@link #scanEnd}, or returns -1 if the text is not such an escape.
     */
    private int readUnicodeEscape(int at, boolean unicode) {
        int i = at + 1;
        if (unicode && i < end && src.charAt(i) == '{') {
            int value = 0;
            int digits = 0;
            for (i++; i < end && hexValue(src.charAt(i)) >= 0; i++, digits++) {
                value = value * 16 + hexValue(src.charAt(i));
                if (value > Character.MAX_CODE_POINT) return -1;
            }
            if (digits == 0 || i >= end || src.charAt(i) != '}') return -1;
            scanEnd = i + 1;
            return value;
        }
        int value = hex4(i);
        if (value < 0) return -1;
        i += 4;
        if (unicode && Character.isHighSurrogate((char) value) && i + 1 < end
                && src.charAt(i) == '\\' && src.charAt(i + 1) == 'u') {
            int trail = hex4(i + 2);
            if (trail >= 0 && Character.isLowSurrogate((char) trail)) {
                scanEnd = i + 6;
                return Character.toCodePoint((char) value, (char) trail);
            }
        }
        scanEnd = i;
        return value;
    }

    private int hex4(int at) {
        if (at + 4 > end) return -1;
        int value = 0;
        for (int i = at; i < at + 4; i++) {
            int digit = hexValue(src.charAt(i));
            if (digit < 0) return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    /** At 'k' after the backslash at {@code start}: {@code \k<name>}, naming a group of the pattern. */
    private Term parseNamedBackreference(int start) {
        pos++;
        if (pos >= end || src.charAt(pos) != '<') throw error("Invalid named reference", start);
        String name = readGroupName(pos + 1);
        pos = scanEnd;
        List<Integer> groups = groupsByName.get(name);
        if (groups == null) throw error("Invalid named capture referenced", start);
        return new Backreference(groups, name);
    }

    /**
     * RegExpIdentifierName from {@code at} (just after '<') through '>'; sets {@link #scanEnd} after
     * the '>'. Escapes are RegExpUnicodeEscapeSequence[+UnicodeMode] in every mode, and a surrogate
     * pair is one code point in every mode (22.2.1 RegExpIdentifierStart, RegExpIdentifierPart).
     */
    private String readGroupName(int at) {
        StringBuilder name = new StringBuilder();
        int i = at;
        while (true) {
            if (i >= end) throw error("Invalid capture group name", at);
            char c = src.charAt(i);
            if (c == '>') {
                if (name.length() == 0) throw error("Invalid capture group name", at);
                scanEnd = i + 1;
                return name.toString();
            }
            int cp;
            if (c == '\\') {
                cp = i + 1 < end && src.charAt(i + 1) == 'u' ? readUnicodeEscape(i + 1, true) : -1;
                if (cp < 0) throw error("Invalid Unicode escape in capture group name", i);
                i = scanEnd;
            } else {
                cp = src.codePointAt(i);
                i += Character.charCount(cp);
            }
            boolean valid = name.length() == 0
                    ? UnicodeIdentifiers.isIdentifierStart(cp)
                    : UnicodeIdentifiers.isIdentifierPart(cp);
            if (!valid) throw error("Invalid capture group name", at);
            name.appendCodePoint(cp);
        }
    }

    /**
     * At 'p' or 'P' after the backslash at {@code start}: {@code \p{…}} (22.2.1
     * UnicodePropertyValueExpression and its early errors).
     */
    private PropertyEscape parsePropertyEscape(int start) {
        boolean negated = src.charAt(pos) == 'P';
        pos++;
        if (pos >= end || src.charAt(pos) != '{') throw error("Invalid property name", start);
        int textStart = ++pos;
        int equals = -1;
        for (; pos < end && src.charAt(pos) != '}'; pos++) {
            char c = src.charAt(pos);
            if (c == '=' && equals < 0) {
                equals = pos;
            } else if (!isAsciiLetter(c) && !isDecimalDigit(c) && c != '_') {
                throw error("Invalid property name", start);
            }
        }
        if (pos >= end) throw error("Invalid property name", start);
        String text = src.substring(textStart, pos);
        pos++;
        UnicodeProperty property;
        if (equals >= 0) {
            String name = text.substring(0, equals - textStart);
            String value = text.substring(equals - textStart + 1);
            property = UnicodeProperties.nonBinaryProperty(name)
                    .flatMap(canonical -> UnicodeProperties.value(canonical, value))
                    .orElseThrow(() -> error("Invalid property name", start));
        } else {
            property = UnicodeProperties.lone(text).orElseThrow(() -> error("Invalid property name", start));
            if (property.isPropertyOfStrings()) {
                if (!unicodeSets) throw error("Invalid property name", start);
                if (negated) throw error("Negated property of strings", start);
            }
        }
        return new PropertyEscape(property, negated);
    }

    // ---------------------------------------------------------------- classes without v

    /** At '[' in a pattern without v: CharacterClass with NonemptyClassRanges (22.2.1, B.1.2). */
    private CharacterClass parseClassRanges() {
        int start = pos++;
        boolean negated = pos < end && src.charAt(pos) == '^';
        if (negated) pos++;
        List<ClassMember> members = new ArrayList<>();
        while (true) {
            if (pos >= end) throw error("Unterminated character class", start);
            if (src.charAt(pos) == ']') {
                pos++;
                return new CharacterClass(negated, ClassOperator.UNION, members, false);
            }
            int atomStart = pos;
            ClassMember first = parseClassAtom();
            if (pos + 1 < end && src.charAt(pos) == '-' && src.charAt(pos + 1) != ']') {
                pos++;
                ClassMember last = parseClassAtom();
                if (first instanceof Char from && last instanceof Char to) {
                    if (from.value() > to.value()) throw error("Range out of order in character class", atomStart);
                    members.add(new ClassRange(from.value(), to.value()));
                } else {
                    // B.1.2.1: only a Unicode pattern rejects a class escape in a range; Annex B
                    // reads [\d-z] as the union of \d, '-' and 'z' (B.1.2.8.1 CharacterRangeOrUnion)
                    if (unicodeMode) throw error("Invalid character class", atomStart);
                    members.add(first);
                    members.add(new Char('-'));
                    members.add(last);
                }
            } else {
                members.add(first);
            }
        }
    }

    /** ClassAtom (22.2.1, B.1.2): a character or a class escape. */
    private ClassMember parseClassAtom() {
        char c = src.charAt(pos);
        if (c != '\\') {
            int cp = codePointAt(pos);
            pos += Character.charCount(cp);
            return new Char(cp);
        }
        int start = pos;
        if (pos + 1 >= end) throw error("\\ at end of pattern", start);
        pos++;
        c = src.charAt(pos);
        switch (c) {
            case 'b':
                pos++;
                return new Char(0x08);
            case 'd', 'D', 's', 'S', 'w', 'W':
                pos++;
                return new ClassEscape(classEscapeKind(c));
            case 'p', 'P':
                if (unicodeMode) return parsePropertyEscape(start);
                break;
            default:
                break;
        }
        return new Char(parseCharacterEscape(start, true));
    }

    // ---------------------------------------------------------------- classes with v

    /** An open class of a v-mode pattern and the set expression being built inside it. */
    private static final class SetFrame {
        final SetFrame parent;
        final int openIndex;
        final boolean negated;
        final List<ClassMember> members = new ArrayList<>();
        /** Null while there is at most one operand and no range. */
        ClassOperator operator;
        boolean hasRange;
        /** After '&&' or '--'. */
        boolean expectOperand;

        SetFrame(SetFrame parent, int openIndex, boolean negated) {
            this.parent = parent;
            this.openIndex = openIndex;
            this.negated = negated;
        }
    }

    /** At '[' in a v-mode pattern: CharacterClass with a ClassSetExpression, nested classes included. */
    private CharacterClass parseClassSet() {
        SetFrame frame = openSetFrame(null);
        while (true) {
            if (pos >= end) throw error("Unterminated character class", frame.openIndex);
            char c = src.charAt(pos);
            if (c == ']') {
                if (frame.expectOperand) throw error("Invalid set operation in character class", pos);
                pos++;
                CharacterClass cls = closeSetFrame(frame);
                depth--;
                frame = frame.parent;
                if (frame == null) return cls;
                addOperand(frame, cls, pos - 1);
                continue;
            }
            if (!frame.members.isEmpty() && !frame.expectOperand) {
                if (src.startsWith("&&", pos)) {
                    setOperator(frame, ClassOperator.INTERSECTION);
                    pos += 2;
                    // ClassIntersection :: ... && [lookahead != &]
                    if (pos < end && src.charAt(pos) == '&') throw error("Invalid set operation in character class", pos);
                    continue;
                }
                if (src.startsWith("--", pos)) {
                    setOperator(frame, ClassOperator.SUBTRACTION);
                    pos += 2;
                    continue;
                }
            }
            if (c == '[') {
                frame = openSetFrame(frame);
                continue;
            }
            int operandStart = pos;
            ClassMember operand = parseClassSetOperand();
            if (operand instanceof Char from && pos < end && src.charAt(pos) == '-' && !src.startsWith("--", pos)) {
                pos++;
                if (pos >= end) throw error("Unterminated character class", frame.openIndex);
                int to = parseClassSetCharacter();
                if (from.value() > to) throw error("Range out of order in character class", operandStart);
                if (frame.expectOperand || (frame.operator != null && frame.operator != ClassOperator.UNION)) {
                    throw error("Invalid set operation in character class", operandStart);
                }
                if (!frame.members.isEmpty()) frame.operator = ClassOperator.UNION;
                frame.hasRange = true;
                frame.members.add(new ClassRange(from.value(), to));
            } else {
                addOperand(frame, operand, operandStart);
            }
        }
    }

    private SetFrame openSetFrame(SetFrame parent) {
        int start = pos;
        if (depth >= MAX_NESTING) throw error("Too deeply nested", start);
        depth++;
        pos++;
        boolean negated = pos < end && src.charAt(pos) == '^';
        if (negated) pos++;
        return new SetFrame(parent, start, negated);
    }

    private void setOperator(SetFrame frame, ClassOperator operator) {
        // an intersection or subtraction takes operands only: no range, and no mixing of operators
        if (frame.hasRange || (frame.operator != null && frame.operator != operator)) {
            throw error("Invalid set operation in character class", pos);
        }
        frame.operator = operator;
        frame.expectOperand = true;
    }

    private void addOperand(SetFrame frame, ClassMember operand, int at) {
        if (frame.expectOperand) {
            frame.expectOperand = false;
        } else if (!frame.members.isEmpty()) {
            if (frame.operator != null && frame.operator != ClassOperator.UNION) {
                throw error("Invalid set operation in character class", at);
            }
            frame.operator = ClassOperator.UNION;
        }
        frame.members.add(operand);
    }

    /** Builds the class, with MayContainStrings (22.2.1.8) and the early error of a negated class holding strings. */
    private CharacterClass closeSetFrame(SetFrame frame) {
        ClassOperator operator = frame.operator == null ? ClassOperator.UNION : frame.operator;
        List<ClassMember> members = frame.members;
        boolean strings = switch (operator) {
            case UNION -> members.stream().anyMatch(ClassMember::mayContainStrings);
            case INTERSECTION -> members.stream().allMatch(ClassMember::mayContainStrings);
            case SUBTRACTION -> members.get(0).mayContainStrings();
        };
        if (frame.negated && strings) throw error("Negated character class may contain strings", frame.openIndex);
        return new CharacterClass(frame.negated, operator, members, strings);
    }

    /** ClassSetOperand other than a bracketed class: a class escape, {@code \q{…}} or a ClassSetCharacter. */
    private ClassMember parseClassSetOperand() {
        int start = pos;
        if (src.charAt(pos) == '\\' && pos + 1 < end) {
            char c = src.charAt(pos + 1);
            switch (c) {
                case 'd', 'D', 's', 'S', 'w', 'W':
                    pos += 2;
                    return new ClassEscape(classEscapeKind(c));
                case 'p', 'P':
                    pos++;
                    return parsePropertyEscape(start);
                case 'q':
                    if (pos + 2 < end && src.charAt(pos + 2) == '{') {
                        pos += 3;
                        return parseClassStrings(start);
                    }
                    throw error("Invalid escape", start);
                default:
                    break;
            }
        }
        return new Char(parseClassSetCharacter());
    }

    /** After {@code \q{}: ClassStringDisjunctionContents through '}'. */
    private ClassStrings parseClassStrings(int start) {
        List<String> strings = new ArrayList<>();
        StringBuilder string = new StringBuilder();
        while (true) {
            if (pos >= end) throw error("Unterminated class string disjunction", start);
            char c = src.charAt(pos);
            if (c == '}' || c == '|') {
                pos++;
                strings.add(string.toString());
                if (c == '}') return new ClassStrings(strings);
                string.setLength(0);
            } else {
                string.appendCodePoint(parseClassSetCharacter());
            }
        }
    }

    /** ClassSetCharacter (22.2.1): returns its character value. */
    private int parseClassSetCharacter() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '\\') {
            if (pos + 1 >= end) throw error("\\ at end of pattern", start);
            c = src.charAt(++pos);
            if (c == 'b') {
                pos++;
                return 0x08;
            }
            if (CLASS_SET_RESERVED_PUNCTUATORS.indexOf(c) >= 0) {
                pos++;
                return c;
            }
            // in a class; '\-' was taken above as a reserved punctuator
            return parseCharacterEscape(start, true);
        }
        if (CLASS_SET_SYNTAX_CHARACTERS.indexOf(c) >= 0) {
            throw error("Invalid character '" + c + "' in character class", start);
        }
        if (CLASS_SET_RESERVED_DOUBLE_PUNCTUATORS.indexOf(c) >= 0 && pos + 1 < end && src.charAt(pos + 1) == c) {
            throw error("Invalid set operation in character class", start);
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    // ---------------------------------------------------------------- characters

    /** The pattern character at {@code i}: a code point with u or v, a code unit otherwise (22.2.2). */
    private int codePointAt(int i) {
        return unicodeMode ? src.codePointAt(i) : src.charAt(i);
    }

    private static boolean isDecimalDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctalDigit(char c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
