package dev.kiln.test262;

import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Parser;
import dev.kiln.parser.Source;
import dev.kiln.parser.SyntaxError;

/**
 * The parse-only executor: a test whose frontmatter expects a parse-phase error must be rejected
 * with a SyntaxError; every other test (including resolution and runtime negatives) must parse.
 * Scripts are parsed with Annex B on, as Kiln parses everything it runs: test262 keeps the tests
 * outside test/annexB valid for hosts with Annex B.
 */
final class ParseExecutor implements Executor {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public Outcome run(TestCase test, Mode mode, Interrupt interrupt) {
        Source source = new Source(test.name(), test.sourceText(mode));
        ParseOptions options = mode == Mode.MODULE ? ParseOptions.module() : ParseOptions.script();
        Negative negative = test.frontmatter().negative();
        boolean expectError = negative != null && negative.phase() == Negative.Phase.PARSE;
        try {
            Parser.parse(source, options);
        } catch (SyntaxError e) {
            return expectError
                    ? Outcome.pass()
                    : Outcome.fail("unexpected SyntaxError at " + positionInTest(test, mode, e) + ": " + e.problem());
        }
        return expectError ? Outcome.fail("parsed, but a " + negative.type() + " was expected") : Outcome.pass();
    }

    /** {@code line:column} of the error in the test file itself, before any strict-mode prefix. */
    static String positionInTest(TestCase test, Mode mode, SyntaxError e) {
        int offset = e.offset() - mode.prefix().length();
        Source file = new Source(test.name(), test.text());
        return offset < 0 ? "the " + mode.label() + " prefix" : file.line(offset) + ":" + file.column(offset);
    }
}
