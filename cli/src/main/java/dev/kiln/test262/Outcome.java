package dev.kiln.test262;

/** What an {@link Executor} concluded about one test in one mode. */
public record Outcome(boolean passed, String message) {
    private static final Outcome PASS = new Outcome(true, "");

    public static Outcome pass() {
        return PASS;
    }

    /** A failure; {@code message} says what was expected and what happened instead. */
    public static Outcome fail(String message) {
        return new Outcome(false, message);
    }
}
