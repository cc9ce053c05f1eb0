package dev.kiln.cli.host;

import java.util.ArrayList;
import java.util.List;

/**
 * Node's layout of long arrays of short entries in aligned columns, as {@code console.log}
 * prints {@code [ 0, 1, ..., 99 ]}: the column count aims at a roughly square block (a character
 * being about 2.5 times as high as wide), at most 15 columns or {@code 4 * compact}, within the
 * break length. Numbers are right-aligned, everything else left-aligned.
 */
final class ArrayGrouping {
    private static final int SEPARATOR_SPACE = 2; // ", "
    private static final double CHARACTER_HEIGHT = 2.5;
    private static final int MAX_COLUMNS = 15;

    private ArrayGrouping() {}

    /**
     * The entries grouped into rows, or {@code output} itself when grouping does not fit.
     *
     * @param output            the formatted entries; the last may be the "... more items" note
     * @param hasMoreItemsNote  whether the last entry is that note (it is never grouped)
     * @param allNumbers        whether every entry stands for a number or bigint (right-aligned)
     */
    static List<String> group(List<String> output, boolean hasMoreItemsNote, boolean allNumbers,
                              int indentation, int breakLength, int compact) {
        int count = hasMoreItemsNote ? output.size() - 1 : output.size();
        int[] widths = new int[count];
        long totalLength = 0;
        int maxLength = 0;
        for (int i = 0; i < count; i++) {
            int width = displayWidth(output.get(i));
            widths[i] = width;
            totalLength += width + SEPARATOR_SPACE;
            maxLength = Math.max(maxLength, width);
        }
        int actualMax = maxLength + SEPARATOR_SPACE;
        // At least three entries must fit on a line, and one very long entry among short ones
        // would leave huge gaps: then the entries stay one per line.
        if (actualMax * 3 + indentation >= breakLength || !((double) totalLength / actualMax > 5 || maxLength <= 6)) {
            return output;
        }
        double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
        double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
        int columns = (int) Math.min(Math.min(
                Math.round(Math.sqrt(CHARACTER_HEIGHT * biasedMax * count) / biasedMax),
                Math.floorDiv(breakLength - indentation, actualMax)),
                Math.min(compact * 4L, MAX_COLUMNS));
        if (columns <= 1) return output;

        int[] columnWidths = new int[columns];
        for (int column = 0; column < columns; column++) {
            int width = 0;
            for (int j = column; j < count; j += columns) width = Math.max(width, widths[j]);
            columnWidths[column] = width + SEPARATOR_SPACE;
        }
        List<String> rows = new ArrayList<>();
        for (int start = 0; start < count; start += columns) {
            int end = Math.min(start + columns, count);
            StringBuilder row = new StringBuilder();
            for (int j = start; j < end; j++) {
                boolean last = j == end - 1;
                String cell = last ? output.get(j) : output.get(j) + ", ";
                int width = columnWidths[j - start] - (last ? SEPARATOR_SPACE : 0);
                int padding = Math.max(0, width - widths[j] - (last ? 0 : SEPARATOR_SPACE));
                if (allNumbers) {
                    row.append(" ".repeat(padding)).append(cell);
                } else {
                    row.append(cell);
                    if (!last) row.append(" ".repeat(padding));
                }
            }
            rows.add(row.toString());
        }
        if (hasMoreItemsNote) rows.add(output.get(count));
        return rows;
    }

    /**
     * The columns {@code s} takes in a terminal: East Asian wide characters count two, control
     * characters, combining marks and variation selectors none.
     */
    static int displayWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isFullWidth(c)) width += 2;
            else if (!isZeroWidth(c)) width++;
        }
        return width;
    }

    private static boolean isZeroWidth(int c) {
        return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f)
                || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f)
                || (c >= 0xe0100 && c <= 0xe01ef);
    }

    // East Asian Wide and Fullwidth ranges (Unicode's EastAsianWidth.txt, the ranges node uses).
    private static boolean isFullWidth(int c) {
        return c >= 0x1100 && (c <= 0x115f || c == 0x2329 || c == 0x232a
                || (c >= 0x2e80 && c <= 0x3247 && c != 0x303f) || (c >= 0x3250 && c <= 0x4dbf)
                || (c >= 0x4e00 && c <= 0xa4c6) || (c >= 0xa960 && c <= 0xa97c) || (c >= 0xac00 && c <= 0xd7a3)
                || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe6b)
                || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1b000 && c <= 0x1b001)
                || (c >= 0x1f200 && c <= 0x1f251) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x20000 && c <= 0x3fffd));
    }
}
