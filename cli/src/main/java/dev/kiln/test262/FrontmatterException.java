package dev.kiln.test262;

/** A test file whose frontmatter is missing or does not say what the runner needs. */
public final class FrontmatterException extends RuntimeException {
    public FrontmatterException(String message) {
        super(message);
    }
}
