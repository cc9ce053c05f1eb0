package dev.kiln.parser.regexp;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed pattern: its tree, its flags, and its capture groups (numbered from 1 in the order of
 * their opening parentheses, 22.2.1.3 CountLeftCapturingParensBefore).
 */
public final class RegExpPattern {
    private final String source;
    private final RegExpFlags flags;
    private final RegExpNode.Disjunction body;
    private final String[] groupNames; // index 0 is the whole match, never named
    private final Map<String, List<Integer>> groupsByName;

    RegExpPattern(String source, RegExpFlags flags, RegExpNode.Disjunction body, String[] groupNames,
                  Map<String, List<Integer>> groupsByName) {
        this.source = source;
        this.flags = flags;
        this.body = body;
        this.groupNames = groupNames;
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        groupsByName.forEach((name, groups) -> copy.put(name, List.copyOf(groups)));
        this.groupsByName = Collections.unmodifiableMap(copy);
    }

    /** The pattern text as given. */
    public String source() {
        return source;
    }

    public RegExpFlags flags() {
        return flags;
    }

    public RegExpNode.Disjunction body() {
        return body;
    }

    /** The number of capture groups (not counting the whole match). */
    public int groupCount() {
        return groupNames.length - 1;
    }

    /** The name of capture group {@code index} (1-based), or null if it has none. */
    public String groupName(int index) {
        if (index < 1 || index >= groupNames.length) throw new IndexOutOfBoundsException(index);
        return groupNames[index];
    }

    /**
     * Every group name with the groups that carry it, ascending; names in the order of their first
     * group, which is the order of the properties of a match's {@code groups} object.
     */
    public Map<String, List<Integer>> groupsByName() {
        return groupsByName;
    }

    public boolean hasNamedGroups() {
        return !groupsByName.isEmpty();
    }

    @Override
    public String toString() {
        return "/" + source + "/" + flags + " " + Arrays.toString(groupNames) + " " + body;
    }
}
