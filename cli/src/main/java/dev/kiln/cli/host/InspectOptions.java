package dev.kiln.cli.host;

/**
 * The options of node's {@code util.inspect} that Kiln's host uses, with node's names and
 * defaults. The others keep node's defaults: {@code compact: 3}, {@code maxArrayLength: 100},
 * {@code maxStringLength: 10000}, no colors, no custom inspection, getters never run.
 *
 * @param depth       how many levels of nesting are shown before {@code [Object]};
 *                    {@link #UNLIMITED} for all
 * @param showHidden  whether non-enumerable properties are shown (as {@code [key]}), and the
 *                    properties of user-defined prototypes
 * @param breakLength the line length past which entries go on lines of their own
 */
public record InspectOptions(int depth, boolean showHidden, int breakLength) {
    public static final int UNLIMITED = Integer.MAX_VALUE;

    /** {@code util.inspect(value)} and {@code console.log}. */
    public static final InspectOptions DEFAULT = new InspectOptions(2, false, 80);

    public InspectOptions withDepth(int depth) {
        return new InspectOptions(depth, showHidden, breakLength);
    }

    public InspectOptions withShowHidden(boolean showHidden) {
        return new InspectOptions(depth, showHidden, breakLength);
    }
}
