package dev.kiln.codegen;

import dev.kiln.codegen.emit.UnitCompiler;
import dev.kiln.codegen.scope.ScopeAnalysis;
import dev.kiln.codegen.scope.ScopeAnalyzer;
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
    private Compiler() {}

    /** Compiles a Script (16.1). Throws the parser's SyntaxError for invalid source. */
    public static CompiledScript compileScript(Source source, boolean strict) {
        Program program = Parser.parse(source, strict ? ParseOptions.strictScript() : ParseOptions.script());
        ScopeAnalysis analysis = ScopeAnalyzer.analyzeScript(program);
        return new UnitCompiler(className(source, strict ? "strict" : "sloppy"), source, analysis).compile();
    }

    /**
     * A deterministic class name: the file name made safe, then a hash of the text and the options,
     * so equal inputs give equal classes and different ones never clash in one realm.
     */
    static String className(Source source, String options) {
        String name = source.name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder sb = new StringBuilder("kiln/js/");
        for (int i = 0; i < name.length() && i < 40; i++) {
            char c = name.charAt(i);
            sb.append(Character.isJavaIdentifierPart(c) && c != '$' ? c : '_');
        }
        if (sb.length() == 8 || !Character.isJavaIdentifierStart(sb.charAt(8))) sb.insert(8, 'U');
        return sb.append('$').append(hash(source.text(), options)).toString();
    }

    private static String hash(String text, String options) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(options.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] d = md.digest();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", d[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
