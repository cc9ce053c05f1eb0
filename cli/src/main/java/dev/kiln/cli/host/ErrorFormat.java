package dev.kiln.cli.host;

import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.value.Null;
import dev.kiln.runtime.value.Undefined;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How node's inspector shows an error: its {@code stack} (or {@code [Name: message]} when the
 * stack has no frames), with the class name put in front when the error's constructor is a
 * subclass ({@code MyError: boom} rather than {@code Error: boom}), and frames it shares with its
 * {@code cause} folded into one line. Own properties already visible in the stack (name, message,
 * stack) are left out of the property list; {@code cause} and an AggregateError's
 * {@code errors} are added to it.
 */
final class ErrorFormat {
    private static final String FRAME_START = "\n    at";
    private static final Pattern NAME_BEFORE_MESSAGE = Pattern.compile("^([A-Z][a-z_ A-Z0-9\\[\\]()\\-]+)(?::|\n {4}at)");
    private static final Pattern NAME_ALONE = Pattern.compile("^([a-z_A-Z0-9-]*Error)\\z");

    private final Inspection inspection;
    private final boolean showHidden;
    private final int indentation;

    ErrorFormat(Inspection inspection, boolean showHidden, int indentation) {
        this.inspection = inspection;
        this.showHidden = showHidden;
        this.indentation = indentation;
    }

    /** The error's text; edits {@code keys}, the own keys the inspector will list after it. */
    String format(JSObject error, String constructor, String tag, List<Object> keys) {
        Object nameValue = Properties.data(error, "name");
        String name = nameValue == null || nameValue == Undefined.INSTANCE || nameValue == Null.INSTANCE
                ? "Error" : Inspector.displayString(nameValue);
        String stack = stackString(error);
        removeKeysShownInStack(keys, error, stack);
        if (error.hasProperty("cause") && !keys.contains("cause")) keys.add("cause");
        if (Properties.data(error, "errors") instanceof JSObject errors && errors.isArray() && !keys.contains("errors")) {
            keys.add("errors");
        }
        stack = improveStack(stack, constructor, name, tag);

        Object message = Properties.data(error, "message");
        int searchFrom = 0;
        if (Inspector.isTruthy(message)) {
            String text = Inspector.displayString(message);
            int at = stack.indexOf(text);
            if (at > 0) searchFrom = at + text.length();
        }
        int framesStart = stack.indexOf(FRAME_START, searchFrom);
        if (framesStart < 0) {
            stack = "[" + stack + "]";
        } else {
            List<String> frames = frames(error, stack.substring(framesStart + 1));
            stack = stack.substring(0, framesStart) + "\n" + String.join("\n", frames);
        }
        if (indentation != 0) stack = stack.replace("\n", "\n" + " ".repeat(indentation));
        return stack;
    }

    /** {@code error.stack} if it is truthy, else Error.prototype.toString's text (20.5.3.4), all read as data. */
    static String stackString(JSObject error) {
        Object stack = Properties.data(error, "stack");
        if (Inspector.isTruthy(stack)) return Inspector.displayString(stack);
        Object name = Properties.data(error, "name");
        Object message = Properties.data(error, "message");
        String n = name == null || name == Undefined.INSTANCE ? "Error" : Inspector.displayString(name);
        String m = message == null || message == Undefined.INSTANCE ? "" : Inspector.displayString(message);
        if (n.isEmpty()) return m;
        if (m.isEmpty()) return n;
        return n + ": " + m;
    }

    private void removeKeysShownInStack(List<Object> keys, JSObject error, String stack) {
        if (showHidden || keys.isEmpty()) return;
        for (String key : new String[] {"name", "message", "stack"}) {
            int index = keys.indexOf(key);
            if (index >= 0 && stack.contains(Inspector.displayString(Properties.data(error, key)))) keys.remove(index);
        }
    }

    /**
     * Puts the constructor's name at the front of a normal-looking stack when the error's name
     * does not say it: {@code MyError: x} for a subclass of Error, {@code Error [CustomName]: x}
     * when "name" was changed, {@code [Error: null prototype]: x} without a prototype.
     */
    private String improveStack(String stack, String constructor, String name, String tag) {
        int length = name.length();
        boolean looksNormal = name.endsWith("Error") && stack.startsWith(name)
                && (stack.length() == length || stack.charAt(length) == ':' || stack.charAt(length) == '\n');
        if (constructor != null && !looksNormal) return stack;
        String fallback = "Error";
        if (constructor == null) {
            Matcher m = NAME_BEFORE_MESSAGE.matcher(stack);
            if (!m.find()) {
                m = NAME_ALONE.matcher(stack);
                if (!m.find()) m = null;
            }
            fallback = m == null ? "" : m.group(1);
            length = fallback.length();
            if (fallback.isEmpty()) fallback = "Error";
        }
        String prefix = Inspector.prefix(constructor, tag, fallback, "");
        prefix = prefix.substring(0, prefix.length() - 1);
        if (name.equals(prefix)) return stack;
        if (prefix.contains(name)) {
            return length == 0 ? prefix + ": " + stack : prefix + stack.substring(length);
        }
        return prefix + " [" + name + "]" + stack.substring(length);
    }

    /** The frame lines, with a run of frames that the cause's stack also has replaced by one note. */
    private List<String> frames(JSObject error, String framesText) {
        List<String> frames = new ArrayList<>(Arrays.asList(framesText.split("\n", -1)));
        if (Properties.data(error, "cause") instanceof JSObject cause && inspection.isError(cause)) {
            String causeStack = stackString(cause);
            int start = causeStack.indexOf(FRAME_START);
            if (start >= 0) {
                String[] causeFrames = causeStack.substring(start + 1).split("\n", -1);
                int[] range = identicalSequenceRange(frames, Arrays.asList(causeFrames));
                int length = range[0], offset = range[1];
                if (length > 0) {
                    int skipped = length - 2;
                    List<String> run = frames.subList(offset + 1, offset + 1 + skipped);
                    run.clear();
                    run.add("    ... " + skipped + " lines matching cause stack trace ...");
                }
            }
        }
        return frames;
    }

    /** The first run of more than three lines of {@code a} that also appears in {@code b}: {length, offset in a}. */
    static int[] identicalSequenceRange(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() - 3; i++) {
            int pos = b.indexOf(a.get(i));
            if (pos < 0) continue;
            int rest = b.size() - pos;
            if (rest > 3) {
                int length = 1;
                int maxLength = Math.min(a.size() - i, rest);
                while (maxLength > length && a.get(i + length).equals(b.get(pos + length))) length++;
                if (length > 3) return new int[] {length, i};
            }
        }
        return new int[] {0, 0};
    }
}
