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

    /**
     * The text on one line of printable UTF-8: line breaks become spaces, and control characters
     * and unpaired surrogates (which a test's message may well contain) become {@code \\uXXXX}.
     */
    static String oneLine(String text) {
        if (text == null) return "";
        String line = text.replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ").strip();
        StringBuilder escaped = null;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))
                    : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(line.charAt(i - 1));
            boolean printable = !Character.isISOControl(c) && (!Character.isSurrogate(c) || paired);
            if (printable && escaped == null) continue;
            if (escaped == null) escaped = new StringBuilder(line.substring(0, i));
            if (printable) escaped.append(c);
            else escaped.append(String.format("\\u%04x", (int) c));
        }
        return escaped == null ? line : escaped.toString();
    }
}
