package dev.kiln.test262;

import java.util.regex.Pattern;

/**
 * The cause of a failure, for grouping: its message without the source position it names, so
 * that one missing feature or one engine bug is one cause, whichever tests and lines hit it.
 */
final class FailureCause {
    private FailureCause() {}

    /** {@code (at 12:5)} or {@code (at harness/assert.js:12:5)}, as {@link ThrownValue} writes positions. */
    private static final Pattern POSITION = Pattern.compile(" \\(at (?:[^()]*:)?\\d+:\\d+\\)");
    /** The {@code [non-strict, strict] } that starts a baseline reason ({@link TestResult#reason()}). */
    private static final Pattern MODES = Pattern.compile("^\\[[^\\]]*\\] ");

    /** The cause of one failure message. */
    static String of(String message) {
        return POSITION.matcher(message).replaceAll("");
    }

    /** The cause of a baseline reason: that of its first message, without the modes. */
    static String ofReason(String reason) {
        String first = reason.split(" \\| \\[", 2)[0];
        return of(MODES.matcher(first).replaceFirst(""));
    }
}
