package dev.kiln.codegen;

import dev.kiln.codegen.emit.UnitCompiler;
import dev.kiln.codegen.scope.EvalSite;
import dev.kiln.codegen.scope.ScopeAnalysis;
import dev.kiln.codegen.scope.ScopeAnalyzer;
import dev.kiln.parser.DynamicFunctionKind;
import dev.kiln.parser.ParseOptions;
import dev.kiln.parser.Parser;
import dev.kiln.parser.Source;
import dev.kiln.parser.ast.Program;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The compiler's front door: source text in, a {@link CompiledScript} out. The phases, each in
 * its own package: parse (engine-parser) → scope analysis ({@code scope}) → bytecode emission
 * ({@code emit}). Loading and running is {@code load}'s job.
 */
public final class Compiler {
    /**
     * Whether generated code polls the realm's interrupt flag (loop back-edges, function entry).
     * Always on, except in a JVM started with {@code -Dkiln.noSafepointPolls=true}, which exists
     * only to measure what the polls cost (a timeout cannot stop such code).
     */
    public static final boolean SAFEPOINT_POLLS = !Boolean.getBoolean("kiln.noSafepointPolls");

    private Compiler() {}

    /** Compiles a Script (16.1). Throws the parser's SyntaxError for invalid source. */
    public static CompiledScript compileScript(Source source, boolean strict) {
        Program program = Parser.parse(source, strict ? ParseOptions.strictScript() : ParseOptions.script());
        ScopeAnalysis analysis = ScopeAnalyzer.analyzeScript(program);
        return new UnitCompiler(className(fileName(source.name()), source.text(), strict ? "strict" : "sloppy"), source,
                analysis).compile();
    }

    /**
     * Compiles eval code called at {@code site} (19.2.1.1 PerformEval steps 11-13): parsed as a
     * Script with what the caller allows (new.target, super, arguments, private names), strict if
     * the caller is. Its top-level code is a function of the caller's current environment.
     * Throws the parser's SyntaxError for invalid source or a var that a caller's lexical
     * binding would shadow. Returns null for eval code without statements (only comments and white
     * space), whose value is undefined without running anything (step 11.c).
     */
    public static CompiledScript compileEval(String text, EvalSite site, String siteText) {
        Source source = new Source(site.origin() + ", <anonymous>", text);
        ParseOptions options = new ParseOptions(ParseOptions.Goal.SCRIPT, site.strict(), true, site.inFunction(),
                site.is(EvalSite.IN_METHOD), site.is(EvalSite.IN_DERIVED_CONSTRUCTOR),
                site.is(EvalSite.IN_CLASS_FIELD_INITIALIZER), site.privateNames());
        Program program = Parser.parse(source, options);
        if (program.body().isEmpty()) return null;
        ScopeAnalysis analysis = ScopeAnalyzer.analyzeEval(program, site);
        return new UnitCompiler(className("eval", text, siteText), source, analysis).compile();
    }

    /**
     * Compiles a dynamic function (20.2.1.1.1 CreateDynamicFunction steps 14-28): its top-level
     * code makes the function, closed over the global environment, and returns it.
     */
    public static CompiledScript compileDynamicFunction(String parameters, String body, DynamicFunctionKind kind) {
        Program program = Parser.parseFunction("<anonymous>", parameters, body, kind);
        ScopeAnalysis analysis = ScopeAnalyzer.analyzeScript(program);
        return new UnitCompiler(className("anonymous", program.source().text(), kind.name()), program.source(), analysis,
                true).compile();
    }

    /** The last segment of a file name or path. */
    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /**
     * A deterministic class name: a base name made safe, then a hash of the text and the options,
     * so equal inputs give equal classes and different ones never clash in one realm.
     */
    static String className(String name, String text, String options) {
        StringBuilder sb = new StringBuilder("kiln/js/");
        for (int i = 0; i < name.length() && i < 40; i++) {
            char c = name.charAt(i);
            sb.append(Character.isJavaIdentifierPart(c) && c != '$' ? c : '_');
        }
        if (sb.length() == 8 || !Character.isJavaIdentifierStart(sb.charAt(8))) sb.insert(8, 'U');
        return sb.append('$').append(hash(text, options)).toString();
    }

    private static String hash(String text, String options) {
        if (!SAFEPOINT_POLLS) options += "/no-polls";
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(options.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            // UTF-16 code units, so texts differing only in lone surrogates hash differently.
            byte[] units = new byte[text.length() * 2];
            for (int i = 0; i < text.length(); i++) {
                units[2 * i] = (byte) (text.charAt(i) >> 8);
                units[2 * i + 1] = (byte) text.charAt(i);
            }
            md.update(units);
            return java.util.HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
