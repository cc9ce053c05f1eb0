package dev.kiln.test262;

/**
 * How a test failed in one mode.
 *
 * @param mode    the mode, or null if the test could not be run at all (unreadable file, bad
 *                frontmatter)
 * @param message what went wrong, on one line
 */
public record ModeFailure(Mode mode, String message) {

    public ModeFailure {
        message = oneLine(message);
    }

    /** The mode's label, or {@code all} when the failure came before any mode ran. */
    public String modeLabel() {
        return mode == null ? "all" : mode.label();
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ").strip();
    }
}
