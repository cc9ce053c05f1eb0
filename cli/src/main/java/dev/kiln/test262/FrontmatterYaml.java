package dev.kiln.test262;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the subset of YAML that test262 frontmatter uses: top-level {@code key: value} entries
 * whose value is a plain or quoted scalar, a flow list {@code [a, b]} (possibly over several
 * lines), a block list of {@code - item} lines, a block mapping of {@code key: value} lines, or
 * a block scalar ({@code |}, {@code >}). Values are a {@code String}, a {@code List<String>} or a
 * {@code Map<String, String>}, or null for a key without a value. A full YAML library would be a dependency for five keys.
 */
final class FrontmatterYaml {
    private final String[] lines;
    private int next;
    /** The indentation of the top-level keys: YAML allows the whole mapping to be indented. */
    private int base;

    private FrontmatterYaml(String yaml) {
        this.lines = yaml.split("\\r\\n|\\r|\\n", -1);
    }

    static Map<String, Object> read(String yaml) {
        return new FrontmatterYaml(yaml).entries();
    }

    private Map<String, Object> entries() {
        Map<String, Object> entries = new LinkedHashMap<>();
        while (next < lines.length && isBlankOrComment(lines[next])) next++;
        base = next < lines.length ? indent(lines[next]) : 0;
        while (next < lines.length) {
            String line = lines[next++];
            if (isBlankOrComment(line)) continue;
            if (indent(line) != base) {
                throw new FrontmatterException("unexpected indentation of '" + line.strip() + "'");
            }
            int colon = keyColon(line);
            if (colon < 0) throw new FrontmatterException("expected 'key: value', found '" + line + "'");
            String key = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            entries.put(key, value(rest));
        }
        return entries;
    }

    private Object value(String rest) {
        if (rest.startsWith("[")) return flowList(rest);
        if (rest.isEmpty()) return block();
        if (rest.startsWith("|") || rest.startsWith(">")) return blockText();
        return scalar(rest + continuation());
    }

    /** {@code [a, b, c]}, continued on following lines until the closing bracket. */
    private List<String> flowList(String first) {
        StringBuilder text = new StringBuilder(stripComment(first));
        while (text.indexOf("]") < 0) {
            if (next >= lines.length) throw new FrontmatterException("unterminated list '" + first + "'");
            text.append(' ').append(stripComment(lines[next++].strip()));
        }
        int close = text.indexOf("]");
        if (!text.substring(close + 1).isBlank()) {
            throw new FrontmatterException("unexpected text after list '" + text + "'");
        }
        List<String> items = new ArrayList<>();
        for (String item : text.substring(1, close).split(",")) {
            if (!item.isBlank()) items.add(scalar(item.strip()));
        }
        return items;
    }

    /**
     * The indented lines after {@code key:}: a list if every line is a {@code - item}, a mapping
     * if every line is a {@code key: value}, otherwise plain text (a multi-line scalar).
     */
    private Object block() {
        int start = next;
        while (next < lines.length && (isBlankOrComment(lines[next]) || indent(lines[next]) > base)) next++;
        List<String> content = new ArrayList<>();
        for (int i = start; i < next; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !line.startsWith("#")) content.add(line);
        }
        if (content.isEmpty()) return null; // YAML's null, as for "key:" alone
        if (content.stream().allMatch(l -> l.equals("-") || l.startsWith("- "))) {
            List<String> items = new ArrayList<>();
            for (String line : content) items.add(scalar(stripComment(line.substring(1).strip())));
            return items;
        }
        if (content.stream().allMatch(l -> keyColon(l) > 0)) {
            Map<String, String> mapping = new LinkedHashMap<>();
            for (String line : content) {
                int colon = keyColon(line);
                mapping.put(line.substring(0, colon).strip(), scalar(stripComment(line.substring(colon + 1).strip())));
            }
            return mapping;
        }
        return String.join(" ", content);
    }

    /** A {@code |} or {@code >} block scalar; its text is kept with single spaces for newlines. */
    private String blockText() {
        return continuation().strip();
    }

    /** The indented lines continuing a scalar, each after a space. */
    private String continuation() {
        StringBuilder text = new StringBuilder();
        while (next < lines.length && (lines[next].isBlank() || indent(lines[next]) > base)) {
            String line = lines[next++].strip();
            if (!line.isEmpty()) text.append(' ').append(line);
        }
        return text.toString();
    }

    private static String scalar(String text) {
        if (text.length() >= 2) {
            char q = text.charAt(0);
            if ((q == '"' || q == '\'') && text.charAt(text.length() - 1) == q) {
                return text.substring(1, text.length() - 1);
            }
        }
        return text;
    }

    /** The colon ending a mapping key: followed by a space or the end of the line. */
    private static int keyColon(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) return i;
        }
        return -1;
    }

    /** Drops a {@code # comment}; YAML only starts one after whitespace. */
    private static String stripComment(String text) {
        int hash = text.indexOf(" #");
        return hash < 0 ? text : text.substring(0, hash).strip();
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }
}
