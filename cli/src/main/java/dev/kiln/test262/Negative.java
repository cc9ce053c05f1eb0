package dev.kiln.test262;

import java.util.Locale;

/**
 * A test's {@code negative:} entry: the test must fail with an error of constructor name
 * {@code type} in {@code phase}.
 */
public record Negative(Phase phase, String type) {

    /** Where the expected error is thrown (INTERPRETING.md, "negative"). */
    public enum Phase {
        /** While parsing the source text or checking its early errors. */
        PARSE,
        /** While resolving a module's imports. */
        RESOLUTION,
        /** While evaluating. */
        RUNTIME;

        static Phase of(String yaml) {
            for (Phase p : values()) {
                if (p.name().toLowerCase(Locale.ROOT).equals(yaml)) return p;
            }
            throw new FrontmatterException("unknown negative phase '" + yaml + "'");
        }
    }
}
