package dev.kiln.test262;

import java.util.List;

/** One way of running a test (INTERPRETING.md, "Strict Mode" and "Modules"). */
public enum Mode {
    /** Global code, source untouched. */
    NON_STRICT("non-strict"),
    /** Global code with {@code "use strict";} and a newline prepended. */
    STRICT("strict"),
    /** Module code, source untouched. */
    MODULE("module");

    /** What INTERPRETING.md prepends for a strict run, before any other change to the text. */
    static final String STRICT_PREFIX = "\"use strict\";\n";

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    /** The name used in reports and the baseline. */
    public String label() {
        return label;
    }

    /** The modes a test with these flags must pass in: both by default, one if a flag says so. */
    public static List<Mode> required(Frontmatter frontmatter) {
        if (frontmatter.has(Flag.MODULE)) return List.of(MODULE);
        if (frontmatter.has(Flag.RAW) || frontmatter.has(Flag.NO_STRICT)) return List.of(NON_STRICT);
        if (frontmatter.has(Flag.ONLY_STRICT)) return List.of(STRICT);
        return List.of(NON_STRICT, STRICT);
    }

    /** What this mode puts before the test's text. */
    public String prefix() {
        return this == STRICT ? STRICT_PREFIX : "";
    }

    /** The source text to run in this mode. */
    public String sourceText(String testText) {
        return prefix() + testText;
    }
}
