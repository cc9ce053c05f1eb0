package dev.kiln.parser;

import java.util.Arrays;

/**
 * One piece of source text and its name, with the single line table from which every line and
 * column in Kiln is derived. Offsets are UTF-16 indices into {@link #text()}; lines and columns
 * are 1-based, columns counted in UTF-16 units as V8 does.
 */
public final class Source {
    private final String name;
    private final String text;
    private int[] lineStarts; // built on first use: most sources never report a position

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** 1-based line of {@code offset}; LineTerminators are LF, CR, CRLF, U+2028 and U+2029 (ECMA-262 12.3). */
    public int line(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of {@code offset}. */
    public int column(int offset) {
        int[] starts = lineStarts();
        return offset - starts[line(offset) - 1] + 1;
    }

    /** {@code name:line:column} of {@code offset}, the form every diagnostic uses. */
    public String position(int offset) {
        return name + ":" + line(offset) + ":" + column(offset);
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            int count = 1;
            int[] buf = new int[16];
            String s = text;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') continue; // CRLF ends at the LF
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    if (count == buf.length) buf = Arrays.copyOf(buf, count * 2);
                    buf[count++] = i + 1;
                }
            }
            lineStarts = starts = Arrays.copyOf(buf, count);
        }
        return starts;
    }
}
