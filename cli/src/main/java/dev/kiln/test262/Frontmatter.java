package dev.kiln.test262;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metadata of a test, read from its {@code /*--- ... ---*}{@code /} comment: what the runner
 * needs of it to decide how to run the test and what counts as passing.
 *
 * @param flags    the {@code flags:} entry
 * @param negative the {@code negative:} entry, or null if the test must complete normally
 * @param includes harness files to evaluate before the test, in order
 * @param features feature tags, which decide skipping
 * @param locale   language tags the test depends on
 */
public record Frontmatter(
        Set<Flag> flags,
        Negative negative,
        List<String> includes,
        List<String> features,
        List<String> locale) {

    private static final String OPEN = "/*---";
    private static final String CLOSE = "---*/";

    public Frontmatter {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        includes = List.copyOf(includes);
        features = List.copyOf(features);
        locale = List.copyOf(locale);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** Reads the frontmatter of a test's source text. */
    public static Frontmatter of(String testText) {
        int open = testText.indexOf(OPEN);
        if (open < 0) throw new FrontmatterException("no frontmatter (" + OPEN + " ... " + CLOSE + ")");
        int close = testText.indexOf(CLOSE, open + OPEN.length());
        if (close < 0) throw new FrontmatterException("unterminated frontmatter, no " + CLOSE);
        Map<String, Object> yaml = FrontmatterYaml.read(testText.substring(open + OPEN.length(), close));

        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String name : list(yaml, "flags")) {
            flags.add(Flag.byYamlName(name).orElseThrow(() -> new FrontmatterException("unknown flag '" + name + "'")));
        }
        return new Frontmatter(flags, negative(yaml), list(yaml, "includes"), list(yaml, "features"),
                list(yaml, "locale"));
    }

    private static Negative negative(Map<String, Object> yaml) {
        Object value = yaml.get("negative");
        if (value == null) return null;
        if (!(value instanceof Map<?, ?> map) || !(map.get("phase") instanceof String phase)
                || !(map.get("type") instanceof String type)) {
            throw new FrontmatterException("'negative' needs a phase and a type");
        }
        return new Negative(Negative.Phase.of(phase), type);
    }

    private static List<String> list(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        if (value == null) return List.of();
        if (value instanceof List<?> list) return list.stream().map(String.class::cast).toList();
        throw new FrontmatterException("'" + key + "' must be a list");
    }
}
