package dev.kiln.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.parser.Source;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.realm.Realm;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.CodeSizeEvaluator;

/**
 * Scripts past the JVM's class file limits (64 KB of code per method, 65,535 constant pool
 * entries per class), generated here: each must compile and give the result computed here.
 */
class JvmLimitsTest {
    private static Object evaluate(Realm realm, String code) {
        return ScriptEvaluator.of(realm).evaluate(new Source("large.js", code));
    }

    private static String run(String code) {
        return Conversion.toString(evaluate(new Realm(), code));
    }

    @Test
    void arrayLiteralOf200000Elements() {
        StringBuilder js = new StringBuilder("var a = [");
        long expected = 0;
        for (int i = 0; i < 200_000; i++) {
            if (i > 0) js.append(i % 20 == 0 ? ",\n" : ", ");
            switch (i % 5) {
                case 0 -> {
                    js.append(i);
                    expected += i;
                }
                case 1 -> {
                    js.append("'s").append(i).append('\'');
                    expected += ("s" + i).length();
                }
                case 2 -> {
                    js.append('[').append(i).append(", [").append(i % 7).append("]]");
                    expected += i + i % 7;
                }
                case 3 -> {
                    js.append("{v: ").append(i % 11).append(", w: 'x'}");
                    expected += i % 11 + 1;
                }
                default -> {
                    js.append(i).append(".5");
                    expected += i;
                }
            }
        }
        js.append("];\n").append("""
                var s = 0;
                for (var i = 0; i < a.length; i++) {
                  var x = a[i];
                  if (typeof x === 'number') s += Math.floor(x);
                  else if (typeof x === 'string') s += x.length;
                  else if (Array.isArray(x)) s += x[0] + x[1][0];
                  else s += x.v + x.w.length;
                }
                a.length + ' ' + s;
                """);
        assertEquals("200000 " + expected, run(js.toString()));
    }

    /**
     * A function of 50,000 lines: a long run of steps, each changing {@code acc} in its own way
     * (plain statements, loops, try/finally, labelled blocks, closures over the function's
     * locals, switch, arguments), inside a labelled loop and a try/finally, with a continue, a
     * labelled break and a return far inside that cross the pieces it is split into.
     */
    @Test
    void functionOf50000Lines() {
        StringBuilder js = new StringBuilder("""
                var closed = 0;
                function iterable() {
                  var i = 0;
                  return { [Symbol.iterator]() { return this; },
                           next() { return { value: i++, done: i > 3 }; },
                           return() { closed++; return {}; } };
                }
                function big(mode) {
                  var acc = 1, fin = 0, t = 0;
                  let scoped = 0;
                  const K = 1000003;
                  outer: for (var round = 0; round < 2; round++) {
                    try {
                """);
        int lines = 0;
        int step = 0;
        // Three parts, with a continue, a break and a return between them.
        int[] partEnds = new int[3];
        for (int part = 0; part < 3; part++) {
            int target = (part + 1) * 16_700;
            while (lines < target) lines += step(js, step++);
            partEnds[part] = step;
            switch (part) {
                case 0 -> js.append("      if (round === 0 && mode !== 3) { { continue outer; } }\n");
                case 1 -> js.append("      if (mode === 1) { if (acc >= 0) { break outer; } }\n");
                default -> js.append("""
                              if (mode === 2) { for (var v of iterable()) { if (v === 1) { return acc + ':' + fin + ':' + closed; } } }
                        """);
            }
            lines++;
        }
        js.append("""
                    } finally {
                      fin++;
                    }
                  }
                  return acc + ':' + fin + ':' + closed + ':' + arguments.length;
                }
                [big(0), big(1), big(2), big(3, 'extra')].join(' ');
                """);
        assertTrue(lines >= 50_000, "lines: " + lines);
        assertTrue(largestMethod(js.toString()) <= 8000, "largest method: " + largestMethod(js.toString()));
        // What each call returns. Round 0 runs the first part and continues (except in mode 3);
        // round 1 runs on until the break (mode 1) or the return (mode 2, before the iterator is
        // closed and the finally block runs), else to the end.
        long firstPart = steps(1, 0, partEnds[0]);
        long all = steps(firstPart, 0, partEnds[2]);
        String expected = all + ":2:0:1 " + steps(firstPart, 0, partEnds[1]) + ":2:0:1 " + all + ":1:0 "
                + steps(steps(1, 0, partEnds[2]), 0, partEnds[2]) + ":2:1:2";
        assertEquals(expected, run(js.toString()));
    }

    /** acc after steps [from, to), starting at {@code acc}. */
    private static long steps(long acc, int from, int to) {
        for (int i = from; i < to; i++) acc = (acc * 31 + i) % 1000003;
        return acc;
    }

    /** Appends step {@code i} (acc = (acc * 31 + i) % K, in one of several forms); returns its line count. */
    private static int step(StringBuilder js, int i) {
        int start = js.length();
        String update = "acc = (acc * 31 + " + i + ") % K;";
        switch (i % 10) {
            case 0 -> js.append("      ").append(update).append('\n');
            case 1 -> js.append("      for (var j = 0; j < 1; j++) {\n        ").append(update).append("\n      }\n");
            case 2 -> js.append("      try {\n        ").append(update).append("\n      } finally {\n        t++;\n      }\n");
            case 3 -> js.append("      L").append(i).append(": {\n        ").append(update)
                    .append("\n        if (acc >= 0) break L").append(i).append(";\n        acc = -1;\n      }\n");
            case 4 -> js.append("      var f").append(i).append(" = function () { return (acc * 31 + ").append(i)
                    .append(") % K; };\n      acc = f").append(i).append("();\n");
            case 5 -> js.append("      switch (").append(i).append(" % 3) {\n        case 0: ").append(update)
                    .append(" break;\n        case 1: ").append(update).append(" break;\n        default: ")
                    .append(update).append("\n      }\n");
            case 6 -> js.append("      acc = (acc * 31 + ").append(i).append(" + arguments.length - arguments.length) % K;\n");
            case 7 -> js.append("      var w = 0;\n      while (true) {\n        w++;\n        if (w < 2) continue;\n        ")
                    .append(update).append("\n        break;\n      }\n");
            case 8 -> js.append("      { let b").append(i).append(" = ").append(i).append("; scoped = b").append(i)
                    .append("; acc = (acc * 31 + scoped) % K; }\n");
            default -> js.append("      try {\n        if (acc >= 0) throw ").append(i).append(";\n      } catch (e) {\n        acc = (acc * 31 + e) % K;\n      }\n");
        }
        return (int) js.substring(start).chars().filter(c -> c == '\n').count();
    }

    @Test
    void objectLiteralOf100000Properties() {
        StringBuilder js = new StringBuilder("var o = {\n");
        long expected = 0;
        for (int i = 0; i < 100_000; i++) {
            js.append(i % 3 == 0 ? "  p" + i : i % 3 == 1 ? "  'q" + i + "'" : "  " + i).append(": ").append(i).append(",\n");
            expected += i;
        }
        js.append("  get last() { return 'last'; }\n};\n").append("""
                var keys = Object.keys(o), s = 0;
                for (var i = 0; i < keys.length; i++) if (keys[i] !== 'last') s += o[keys[i]];
                keys.length + ' ' + s + ' ' + o.p99999 + ' ' + o.q1 + ' ' + o[2] + ' ' + o.last;
                """);
        assertEquals("100001 " + expected + " 99999 1 2 last", run(js.toString()));
    }

    @Test
    void switchWith20000Cases() {
        StringBuilder js = new StringBuilder("function f(x) {\n  var r = 0;\n  switch (x) {\n");
        for (int i = 0; i < 20_000; i++) {
            if (i == 10_000) js.append("    default: r += 1000000;\n");
            js.append("    case ").append(label(i)).append(":\n");
            if (i % 3 == 0) js.append("      r += ").append(i).append(";\n");
            else if (i % 3 == 1) js.append("      r += ").append(i).append(";\n      break;\n");
            else js.append("      return 'ret").append(i).append(":' + r;\n");
        }
        Object[] arguments = {0, "k1", 2, 9998, 19998, "k19999", "none", 12000, "k12001", 12002};
        js.append("  }\n  return r;\n}\n[");
        StringBuilder expected = new StringBuilder();
        for (Object x : arguments) {
            if (expected.length() > 0) {
                js.append(", ");
                expected.append(' ');
            }
            js.append("f(").append(x instanceof String str ? "'" + str + "'" : x).append(')');
            expected.append(switchResult(x));
        }
        js.append("].join(' ');\n");
        assertEquals(expected.toString(), run(js.toString()));
    }

    /** Case {@code i}'s test: a number for even cases, a string for odd ones. */
    private static Object label(int i) {
        return i % 2 == 0 ? String.valueOf(i) : "'k" + i + "'";
    }

    /** What f(x) of the generated switch returns: from the matching case (or the default, before case 10000) on. */
    private static String switchResult(Object x) {
        int start = -1;
        for (int i = 0; i < 20_000 && start < 0; i++) {
            if (x.equals(i % 2 == 0 ? (Object) i : "k" + i)) start = i;
        }
        long r = 0;
        if (start < 0) {
            r += 1_000_000;
            start = 10_000;
        }
        for (int i = start; i < 20_000; i++) {
            if (i % 3 == 2) return "ret" + i + ":" + r;
            r += i;
            if (i % 3 == 1) break;
        }
        return String.valueOf(r);
    }

    /** 50,000 terms, in 200 parenthesized groups: a flat chain that long is past the parser's nesting limit. */
    @Test
    void concatenationOf50000Terms() {
        StringBuilder js = new StringBuilder("var x = 'x';\nvar s = ");
        StringBuilder expected = new StringBuilder();
        for (int g = 0; g < 200; g++) {
            if (g > 0) js.append("\n  + ");
            js.append('(');
            for (int i = 0; i < 250; i++) {
                int n = g * 250 + i;
                if (i > 0) js.append(" + ");
                if (n % 4 == 0) {
                    js.append('x');
                    expected.append('x');
                } else {
                    js.append("'t").append(n).append('\'');
                    expected.append('t').append(n);
                }
            }
            js.append(')');
        }
        js.append(";\nvar t = `");
        for (int i = 0; i < 10_000; i++) js.append("${x}").append(i % 10);
        js.append("`;\n").append("s.length + ' ' + s.slice(-12) + ' ' + t.length;\n");
        String text = expected.toString();
        assertEquals(text.length() + " " + text.substring(text.length() - 12) + " 20000", run(js.toString()));
    }

    /**
     * Flat chains as long as the parser takes, of operands large enough that the chain is split
     * link by link: arithmetic, and logical operators that short-circuit across pieces.
     */
    @Test
    void flatChainsOfLargeOperands() {
        int terms = 480;
        String operand = IntStream.rangeClosed(1, 40).mapToObj(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        String zeros = "[" + "0, ".repeat(40) + "0][k++]";
        StringBuilder js = new StringBuilder("var k = 0, calls = 0;\nfunction side() { calls++; return 'side'; }\nvar sum = ");
        for (int i = 0; i < terms; i++) js.append(i == 0 ? "" : " + ").append(operand).append('[').append(i % 40).append(']');
        js.append(";\nvar either = ");
        for (int i = 0; i < terms; i++) js.append(zeros).append(" || ");
        js.append("'found' || side();\nvar both = ");
        for (int i = 0; i < terms; i++) js.append(operand).append(".length && ");
        js.append("side();\n[sum, either, k, both, calls].join(' ');\n");
        long sum = 0;
        for (int i = 0; i < terms; i++) sum += i % 40 + 1;
        assertTrue(isSplit(js.toString(), CompiledScript.ENTRY_METHOD));
        assertEquals(sum + " found " + terms + " side 1", run(js.toString()));
    }

    @Test
    void deeplyNestedExpressions() {
        int depth = 200;
        String arithmetic = "(".repeat(depth) + "1" + " + 1)".repeat(depth);
        String arrays = "[".repeat(depth) + "7" + "]".repeat(depth);
        String calls = "f(".repeat(depth) + "0" + ")".repeat(depth);
        String conditionals = "c ? 1 : (".repeat(depth) + "2" + ")".repeat(depth);
        String js = "function f(x) { return x + 1; }\nvar c = false;\nvar a = " + arrays + ";\n"
                + "for (var d = 0; Array.isArray(a); d++) a = a[0];\n"
                + "[" + arithmetic + ", d, a, " + calls + ", " + conditionals + "].join(' ');\n";
        assertEquals((depth + 1) + " " + depth + " 7 " + depth + " 2", run(js));
    }

    @Test
    void seventyThousandDistinctNamesAndStrings() {
        StringBuilder js = new StringBuilder("var o = {}, s = 0;\n");
        for (int i = 0; i < 70_000; i++) js.append("o.name").append(i).append(" = ").append(i % 10).append(";\n");
        js.append("var strings = [");
        for (int i = 0; i < 70_000; i++) js.append(i == 0 ? "" : ", ").append("'string").append(i).append('\'');
        js.append("];\n");
        js.append("for (var k in o) s += o[k];\n");
        js.append("s + ' ' + o.name69999 + ' ' + strings.length + ' ' + strings[65535];\n");
        assertEquals("315000 9 70000 string65535", run(js.toString()));
    }

    @Test
    void twentyThousandFunctions() {
        StringBuilder js = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            js.append("function f").append(i).append("(x) { return x * 2 + ").append(i).append("; }\n");
        }
        js.append("var fs = [");
        for (int i = 0; i < 20_000; i++) js.append(i == 0 ? "" : ", ").append(i % 2 == 0 ? "f" + i : "(y) => y + " + i);
        js.append("];\nvar s = 0;\nfor (var i = 0; i < fs.length; i++) s += fs[i](1);\n");
        js.append("s + ' ' + f19999(0) + ' ' + fs[19999].length;\n");
        long expected = 0;
        for (int i = 0; i < 20_000; i++) expected += i % 2 == 0 ? 2 + i : 1 + i;
        assertEquals(expected + " 19999 1", run(js.toString()));
    }

    /** Statements that make a function too large for one method: they count into {@code t}. */
    private static String filler(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("  t = (t + ").append(i % 13).append(") % 1000;\n");
        return sb.toString();
    }

    /** Statements far apart in a split function still see one another as in one method. */
    @Test
    void splitFunctionsKeepSemantics() {
        String fill = filler(3000);
        String js = "var t = 0;\n"
                // A derived constructor with super() and returns in pieces; fields and private methods.
                + "class A { constructor(v) { this.v = v; } }\n"
                + "class B extends A {\n  #p = 5;\n  #m() { return this.#p; }\n  constructor(v) {\n" + fill
                + "    if (v < 0) { super(-v); " + fill + " return; }\n    super(v);\n" + fill
                + "    this.w = this.#m() + this.v;\n  }\n}\n"
                // Closures per iteration, a direct eval, labelled continue out of nested loops, for-in.
                + "function f(o) {\n  var fs = [], seen = '';\n"
                + "  outer: for (let i = 0; i < 3; i++) {\n" + fill + "    fs.push(() => i);\n"
                + "    for (var j = 0; j < 3; j++) {\n" + fill + "      if (j === 1) continue outer;\n    }\n  }\n"
                + "  for (var k in o) {\n" + fill + "    seen += k;\n  }\n"
                + "  var local = 40;\n" + fill + "  var viaEval = eval('local + 2');\n"
                + "  return fs.map(g => g()).join('') + seen + viaEval + typeof this;\n}\n"
                // Annex B function in a block of global code, completion value of a try statement.
                + "{ function annexB() { return 'b'; } }\n" + fill
                + "var r = [new B(1).w, new B(-2).v, f({x: 1, y: 2}), annexB()].join(' ');\n"
                + "try { r + ' ' + t; } finally { 'ignored'; }\n";
        long t = 0;
        // Runs of the filler: two in each constructor call, three per iteration of f's loop, two in
        // its for-in, one before its eval, one in global code.
        int fills = 2 + 2 + 3 * 3 + 2 + 1 + 1;
        for (int k = 0; k < fills; k++) for (int i = 0; i < 3000; i++) t = (t + i % 13) % 1000;
        assertEquals("6 2 012xy42object b " + t, run(js));
        CompiledScript compiled = Compiler.compileScript(new Source("large.js", js), false);
        for (String function : new String[] {"B", "f"}) {
            assertTrue(compiled.functionNames().keySet().stream().anyMatch(m -> m.startsWith(function + "$s")),
                    function + " is split");
        }
    }

    /** Whether the compiled script has pieces of the function whose method is named {@code function}. */
    private static boolean isSplit(String js, String function) {
        CompiledScript compiled = Compiler.compileScript(new Source("large.js", js), false);
        return compiled.functionNames().keySet().stream().anyMatch(m -> m.startsWith(function + "$s"));
    }

    /** {@code x = (x * 3 + 1) % 1000003}, applied {@code times} times to 0. */
    private static long iterate(long times) {
        long x = 0;
        for (long i = 0; i < times; i++) x = (x * 3 + 1) % 1000003;
        return x;
    }

    /**
     * A function nested 28 levels deep (loops, try/catch/finally, labelled blocks, if, switch with
     * fall-through, block scopes with closures), each level with a body of {@code fill} steps, and
     * innermost a deeply nested expression and breaks, continues, returns and throws to levels far
     * out. Each step counts into a captured variable and updates a local one the same way.
     */
    private static String nested(int fill) {
        StringBuilder step = new StringBuilder();
        for (int k = 0; k < fill; k++) step.append("cnt++; loc = (loc * 3 + 1) % 1000003;\n");
        String f = step.toString();
        int depth = 28;
        StringBuilder open = new StringBuilder(), close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            StringBuilder after = new StringBuilder();
            switch (i % 7) {
                case 0 -> {
                    open.append("L").append(i).append(": for (let i").append(i).append(" = 0; i").append(i).append(" < 2; i")
                            .append(i).append("++) {\ntrace += '<").append(i).append(":' + i").append(i).append(";\n").append(f);
                    after.append("trace += '>';\n}\n");
                }
                case 1 -> {
                    open.append("try {\n").append(f);
                    after.append("} finally {\ntrace += 'f").append(i).append("';\n").append(f).append("}\n");
                }
                case 2 -> {
                    open.append("B").append(i).append(": {\n").append(f);
                    after.append("trace += 'b").append(i).append("';\n}\n");
                }
                case 3 -> {
                    open.append("if (n >= 0) {\n").append(f);
                    after.append("} else {\ntrace += '!';\n}\n");
                }
                case 4 -> {
                    open.append("switch (n) {\ncase -1:\ntrace += '!';\nbreak;\ndefault:\n").append(f);
                    after.append("trace += 's").append(i).append("';\ncase -2:\ntrace += 'z").append(i).append("';\n}\n");
                }
                case 5 -> {
                    open.append("{\nlet v").append(i).append(" = ").append(i).append(";\nconst g").append(i).append(" = () => v")
                            .append(i).append("++;\n").append(f);
                    after.append("trace += 'c' + g").append(i).append("() + v").append(i).append(";\n}\n");
                }
                default -> {
                    open.append("var w").append(i).append(" = 0;\nW").append(i).append(": while (w").append(i).append("++ < 2) {\n")
                            .append(f).append("try {\n");
                    after.append("} catch (e) {\ntrace += 'e").append(i).append(":' + e;\n}\ntrace += 'w").append(i).append("';\n}\n");
                }
            }
            close.insert(0, after);
        }
        String deepExpression = "(".repeat(150) + "hits" + " + 1)".repeat(150);
        String inner = "hits++;\ntrace += '[' + (" + deepExpression + ") + ']';\n"
                + "if (n === 1 && i0 === 0) continue L0;\n"
                + "if (n === 2 && hits % 3 === 0) break B9;\n"
                + "if (n === 3 && hits === 5) return trace + ' ret|' + hits + '|' + counted() + '|' + loc;\n"
                + "if (n === 4 && hits % 2 === 0) throw 'x' + hits;\n"
                + "if (n === 5 && hits % 4 === 1) continue L21;\n"
                + "if (n === 6 && hits === 7) break L14;\n";
        return "var cnt = 0, counted = () => cnt;\n"
                + "function deep(n) {\n  var trace = '', hits = 0, loc = 0;\n  cnt = 0;\n" + open + inner + close
                + "  return trace + '|' + hits + '|' + counted() + '|' + loc;\n}\n"
                + "var results = [];\nfor (var n = 0; n <= 6; n++) results.push(deep(n));\nresults.join('\\n');\n";
    }

    /**
     * Deep nesting mixed with large bodies: compiled split, the function gives the same trace of
     * its control flow as the small one that fits a method, and its steps run as many times more.
     */
    @Test
    void deepNestingWithLargeBodies() {
        int fill = 40;
        String small = nested(1), large = nested(fill);
        assertTrue(!isSplit(small, "deep") && isSplit(large, "deep"));
        assertTrue(largestMethod(large) <= 8000, "largest method: " + largestMethod(large));
        String[] expected = run(small).split("\n"), actual = run(large).split("\n");
        assertEquals(7, actual.length);
        for (int n = 0; n < expected.length; n++) {
            String[] e = expected[n].split("\\|"), a = actual[n].split("\\|"); // trace, hits, steps, loc
            assertEquals(e[0] + "|" + e[1], a[0] + "|" + a[1], "trace of deep(" + n + ")");
            long steps = Long.parseLong(e[2]);
            assertEquals(steps * fill, Long.parseLong(a[2]), "steps of deep(" + n + ")");
            assertEquals(iterate(steps * fill), Long.parseLong(a[3]), "local of deep(" + n + ")");
            assertEquals(iterate(steps), Long.parseLong(e[3]));
        }
        // The control flow the traces record: every way out was taken.
        assertTrue(expected[0].startsWith("<0:0") && expected[0].contains("[151]") && expected[0].contains("f1"), expected[0]);
        assertTrue(actual[3].contains("[155] ret|5|"), actual[3]);
        assertTrue(actual[4].contains("e27:x2"), actual[4]);
    }

    /**
     * Bindings of a split function seen from its pieces: parameters and a mapped arguments object,
     * locals, captured and per-iteration bindings, closures made in one piece and called in
     * another, a function declaration hoisted from a late piece, the temporal dead zone, and
     * recursion (each call has a frame of its own).
     */
    @Test
    void bindingsAndClosuresAcrossPieces() {
        StringBuilder fill = new StringBuilder();
        for (int i = 0; i < 1500; i++) fill.append("  x = (x * 3 + 1) % 1000003;\n");
        String js = "function outer(p, q) {\n  var fs = [], x = 0, local = p * 2;\n  let counter = 0;\n"
                + "  const inc = () => ++counter;\n  hoisted();\n" + fill
                + "  for (let i = 0; i < 3; i++) {\n    fs.push(() => i * 10 + counter);\n" + fill + "  }\n"
                + "  arguments[0] = 100;\n" + fill
                + "  var late = 'none';\n  try { tdz; } catch (e) { late = e.constructor.name; }\n  let tdz = 5;\n" + fill
                + "  inc(); inc();\n  function hoisted() { counter += 100; }\n"
                + "  return [p, q, local, counter, fs.map(f => f()).join(','), late, tdz, arguments.length, x].join(' ');\n}\n"
                + "function rec(n) {\n  var x = 0, mine = 'r' + n;\n" + fill + "  var inner = n > 0 ? rec(n - 1) : '';\n" + fill
                + "  return mine + inner;\n}\n"
                + "outer(1, 2, 3) + ' ' + rec(3);\n";
        assertTrue(isSplit(js, "outer") && isSplit(js, "rec"));
        assertEquals("100 2 2 102 102,112,122 ReferenceError 5 3 " + iterate(1500 * 6) + " r3r2r1r0", run(js));
    }

    /**
     * A class body of 20,000 elements (private and public fields, methods, accessors, static
     * methods and blocks, computed keys), as generated code and test262's identifier tests have.
     */
    @Test
    void classBodyOf20000Elements() {
        StringBuilder js = new StringBuilder("var order = [];\nclass C {\n");
        long fieldSum = 0, methodSum = 0;
        int statics = 0;
        for (int i = 0; i < 4000; i++) {
            js.append("  #p").append(i).append(" = ").append(i).append(";\n");
            js.append("  q").append(i).append(" = this.#p").append(i).append(" * 2;\n");
            js.append("  m").append(i).append("() { return this.#p").append(i).append(" + 1; }\n");
            js.append("  get ['g' + ").append(i).append("]() { return ").append(i).append("; }\n");
            if (i % 2 == 0) {
                js.append("  static s").append(i).append("() { return ").append(i).append("; }\n");
                statics += i;
            } else {
                js.append("  static { order.push(").append(i).append("); }\n");
            }
            fieldSum += 2L * i;
            methodSum += i + 1;
        }
        js.append("}\n").append("""
                var c = new C(), fields = 0, methods = 0, getters = 0, statics = 0;
                for (var i = 0; i < 4000; i++) {
                  fields += c['q' + i];
                  methods += c['m' + i]();
                  getters += c['g' + i];
                  if (i % 2 === 0) statics += C['s' + i]();
                }
                [fields, methods, getters, statics, order.length, order[0], order[1999]].join(' ');
                """);
        assertTrue(isSplit(js.toString(), CompiledScript.ENTRY_METHOD));
        assertEquals(fieldSum + " " + methodSum + " " + (3999L * 4000 / 2) + " " + statics + " 2000 1 3999", run(js.toString()));
    }

    /** The largest method of the compiled script, in bytes of code. */
    private static int largestMethod(String js) {
        int largest = 0;
        for (CompiledScript.ClassFile c : Compiler.compileScript(new Source("large.js", js), false).classes()) {
            List<CodeSizeEvaluator> methods = new ArrayList<>();
            new ClassReader(c.bytes()).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    CodeSizeEvaluator size = new CodeSizeEvaluator(null);
                    methods.add(size);
                    return size;
                }
            }, 0);
            for (CodeSizeEvaluator m : methods) largest = Math.max(largest, m.getMaxSize());
        }
        return largest;
    }

    /**
     * A chain of 450 else-ifs with large branches: the chain itself spreads over pieces, so that
     * every method stays small enough for HotSpot to compile (8,000 bytes).
     */
    @Test
    void elseIfChainOfLargeBranches() {
        StringBuilder js = new StringBuilder("function f(x) {\n  var r = 0;\n");
        String body = IntStream.range(0, 40).mapToObj(k -> "r = (r * 3 + " + k + ") % 1000003;").collect(Collectors.joining(" "));
        for (int i = 0; i < 450; i++) {
            js.append(i == 0 ? "  if" : "  else if").append(" (x === ").append(i).append(") { r = ").append(i).append("; ")
                    .append(body).append(" }\n");
        }
        js.append("  else r = -1;\n  return r;\n}\n[f(0), f(449), f(1000)].join(' ');\n");
        long[] expected = new long[2];
        for (int j = 0; j < 2; j++) {
            long r = j == 0 ? 0 : 449;
            for (int k = 0; k < 40; k++) r = (r * 3 + k) % 1000003;
            expected[j] = r;
        }
        assertTrue(isSplit(js.toString(), "f"));
        assertTrue(largestMethod(js.toString()) <= 8000, "largest method: " + largestMethod(js.toString()));
        assertEquals(expected[0] + " " + expected[1] + " -1", run(js.toString()));
    }

    /** A split function's pieces show as the function's one frame, at the right line. */
    @Test
    void stackTracesOfSplitFunctions() {
        StringBuilder js = new StringBuilder("function huge() {\n  var acc = 0;\n");
        for (int i = 0; i < 20_000; i++) js.append("  acc += ").append(i).append(";\n");
        js.append("  null.boom;\n}\ntry { huge(); } catch (e) { e.stack; }\n");
        String stack = run(js.toString());
        int line = 20_000 + 3;
        assertEquals("TypeError: Cannot read properties of null (reading 'boom')\n    at huge (large.js:" + line
                + ":3)\n    at large.js:" + (line + 2) + ":7", stack);
    }

    /** A unit spread over several classes is deterministic and runs in any realm, as cached data must. */
    @Test
    void largeUnitsAreDeterministicAndRunInAnyRealm() {
        StringBuilder js = new StringBuilder("var o = {};\n");
        for (int i = 0; i < 40_000; i++) js.append("o.n").append(i).append(" = ").append(i).append(";\n");
        js.append("o.n39999;\n");
        Source source = new Source("large.js", js.toString());
        CompiledScript first = Compiler.compileScript(source, false);
        CompiledScript second = Compiler.compileScript(source, false);
        assertTrue(first.classes().size() > 1, "classes: " + first.classes().size());
        assertEquals(first.classes().size(), second.classes().size());
        for (int i = 0; i < first.classes().size(); i++) {
            assertEquals(first.classes().get(i).name(), second.classes().get(i).name());
            assertArrayEquals(first.classes().get(i).bytes(), second.classes().get(i).bytes());
        }
        for (int r = 0; r < 2; r++) {
            Realm realm = new Realm();
            assertEquals("39999", Conversion.toString(ScriptEvaluator.of(realm).run(first)));
        }
    }
}
