package dev.kiln.parser.regexp;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the pattern syntax of test262's RegExp tests through the parser, when test262 is present
 * (system property {@code test262.root}, else {@code shared/test262} in a directory above this module):
 * a file whose metadata expects a parse-time SyntaxError must have a literal the parser rejects;
 * in any other file, every literal must parse, and every {@code RegExp("…")} call with literal
 * arguments must be rejected exactly when it sits inside {@code assert.throws(SyntaxError, …)}.
 */
class Test262RegExpSyntaxTest {
    private static final String[] DIRECTORIES = {
        "test/built-ins/RegExp",
        "test/language/literals/regexp",
        "test/annexB/built-ins/RegExp",
        "test/annexB/language/literals/regexp",
    };

    private static Path root() {
        String configured = System.getProperty("test262.root");
        if (configured != null) return Paths.get(configured);
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/test262");
            if (Files.isDirectory(candidate)) return candidate;
        }
        return Paths.get("shared/test262");
    }

    @Test
    void patternsOfTest262() throws IOException {
        Path root = root();
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("test")), "test262 not found at " + root.toAbsolutePath());
        List<String> failures = new ArrayList<>();
        int[] checked = new int[1];
        for (String directory : DIRECTORIES) {
            Path dir = root.resolve(directory);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".js") && !f.getFileName().toString().contains("_FIXTURE"))
                        .sorted()
                        .forEach(file -> checked[0] += check(root, file, failures));
            }
        }
        System.out.println("test262 RegExp syntax: " + checked[0] + " patterns checked, " + failures.size()
                + " failed; negative files not judged (more than literals, or a lexical error): " + notJudged);
        failures.forEach(System.out::println);
        assertTrue(failures.isEmpty(), failures.size() + " test262 patterns misjudged:\n" + String.join("\n", failures));
    }

    /** Negative files whose code is more than literals: their error may be the script grammar's. */
    private static final List<String> notJudged = new ArrayList<>();

    private static int check(Path root, Path file, List<String> failures) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = root.relativize(file).toString();
        boolean negative = text.contains("phase: parse") && text.contains("type: SyntaxError");
        Test262RegExpSources sources = Test262RegExpSources.scan(text);
        if (negative) {
            if (!sources.onlyLiterals()) {
                notJudged.add(name);
                return 0;
            }
            List<String> accepted = new ArrayList<>();
            for (Test262RegExpSources.Found found : sources.found()) {
                if (!found.literal()) continue;
                if (rejection(found) != null) return 1;
                accepted.add("/" + found.pattern() + "/" + found.flags());
            }
            if (!accepted.isEmpty()) failures.add(name + ": expected a SyntaxError, all accepted: " + accepted);
            return accepted.isEmpty() ? 0 : 1;
        }
        int count = 0;
        for (Test262RegExpSources.Found found : sources.found()) {
            count++;
            String rejection = rejection(found);
            String shown = found.literal() ? "/" + found.pattern() + "/" + found.flags()
                    : "RegExp(" + quote(found.pattern()) + ", " + quote(found.flags()) + ")";
            if (found.expectSyntaxError() && rejection == null) {
                failures.add(name + ": expected a SyntaxError: " + shown);
            } else if (!found.expectSyntaxError() && rejection != null) {
                failures.add(name + ": rejected " + shown + ": " + rejection);
            }
        }
        return count;
    }

    private static String rejection(Test262RegExpSources.Found found) {
        try {
            RegExpParser.parse(found.pattern(), found.flags());
            return null;
        } catch (RegExpSyntaxException e) {
            return e.getMessage() + " at " + e.index();
        }
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) sb.append(String.format(cp > 0xFFFF ? "\\u{%X}" : "\\u%04X", cp));
            else sb.appendCodePoint(cp);
        });
        return sb.append('"').toString();
    }
}
