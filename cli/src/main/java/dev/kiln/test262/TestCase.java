package dev.kiln.test262;

import java.nio.file.Path;
import java.util.List;

/**
 * One test262 test file.
 *
 * @param name        its path relative to the test262 root, with {@code /} separators
 *                    (e.g. {@code test/language/types/null/S8.2_A1_T1.js}); reports and the
 *                    baseline use it
 * @param file        where it is
 * @param text        its source text, untouched
 * @param frontmatter its metadata
 */
public record TestCase(String name, Path file, String text, Frontmatter frontmatter) {

    /** The modes this test must pass in. */
    public List<Mode> modes() {
        return Mode.required(frontmatter);
    }

    /** The source text to run in {@code mode}. */
    public String sourceText(Mode mode) {
        return mode.sourceText(text);
    }

    /**
     * The folder two levels below {@code test/} (e.g. {@code language/expressions},
     * {@code built-ins/Array}) that reports group this test under; shallower for files higher up.
     */
    public String group() {
        return group(name);
    }

    static String group(String name) {
        String path = name.startsWith("test/") ? name.substring("test/".length()) : name;
        String[] parts = path.split("/");
        int depth = Math.min(2, parts.length - 1);
        return depth == 0 ? "." : String.join("/", List.of(parts).subList(0, depth));
    }
}
