package dev.kiln.test262;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ModeFailureTest {
    @Test
    void messagesAreOneLineOfPrintableText() {
        assertEquals("a b c", new ModeFailure(Mode.STRICT, "a\n  b\u2028c\n").message());
        assertEquals("nul \\u0000, tab \\u0009, lone \\ud800 \\udc00, pair \ud83d\ude00",
                new ModeFailure(Mode.STRICT, "nul \0, tab \t, lone \ud800 \udc00, pair \ud83d\ude00").message());
    }
}
