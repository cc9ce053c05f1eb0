package dev.kiln.cli;

import dev.kiln.cli.host.Inspection;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;
import java.io.PrintWriter;
import java.io.StringWriter;

/** What {@code kiln} prints on standard error when a run ends in an error. */
final class ErrorReport {
    private ErrorReport() {}

    /**
     * A source that does not parse, as node reports it: the file and line, the line itself, a
     * caret under the position, then the error.
     * <pre>
     * /home/me/x.js:2
     * let y = ;
     *         ^
     *
     * SyntaxError: Unexpected token ';'
     * </pre>
     */
    static String syntaxError(SyntaxError e) {
        Source source = e.source();
        String text = source.text();
        int lineStart = e.offset() - (e.column() - 1);
        int lineEnd = lineStart;
        while (lineEnd < text.length() && !isLineTerminator(text.charAt(lineEnd))) lineEnd++;
        StringBuilder caret = new StringBuilder();
        for (int i = lineStart; i < e.offset(); i++) caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        return source.name() + ":" + e.line() + "\n"
                + text.substring(lineStart, lineEnd) + "\n"
                + caret + "^\n"
                + "\n"
                + "SyntaxError: " + e.problem() + "\n";
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /**
     * An exception no script caught: an error as node's inspector shows it (its stack, then any
     * extra properties), any other value as {@code Uncaught <inspected value>}.
     */
    static String uncaught(Inspection inspection, Object thrown) {
        String text = inspection.inspect(thrown);
        return (inspection.isError(thrown) ? text : "Uncaught " + text) + "\n";
    }

    /** A Java exception that escaped the engine: a bug in Kiln, reported with its Java stack trace. */
    static String internalError(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return "kiln: internal error: the engine failed with a Java exception. This is a bug in Kiln, not in the script.\n"
                + trace;
    }
}
