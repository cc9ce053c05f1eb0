package dev.kiln.codegen.scope;

import dev.kiln.parser.ast.FunctionKind;
import dev.kiln.parser.ast.FunctionNode;
import dev.kiln.parser.ast.PropertyDefinition;
import dev.kiln.parser.ast.StaticBlock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the code of a direct eval needs to know about the place it is called from, as compiled
 * (19.2.1.1 PerformEval with direct = true): the chain of environment arrays the call site sees,
 * each with its bindings' names, kinds and slots, innermost first; which of them holds the
 * this-function's {@code this}, {@code new.target} and function object (or none: the this of
 * global code); which one gets the eval's var declarations (the one holding a map of eval-made
 * vars, or none: the global object); whether the caller is strict; and the facts about the
 * this-function that decide what the eval code may contain (new.target, super, arguments).
 *
 * <p>The eval code is compiled as a function whose closure environment is the caller's current
 * environment array, against scopes rebuilt from this description, so its references to the
 * caller's bindings resolve to (hops, slot) like a closure's. A site is a string constant of the
 * caller's class ({@link #encode}), so the compiled caller stays self-contained, and the text of
 * the site together with the eval's source text is the key under which eval code is cached.
 *
 * @param strict    whether the caller is strict code (then so is the eval code)
 * @param thisLevel the level holding the this-function's implicit bindings, or -1 for global code
 * @param varLevel  the level whose eval-made var map gets the eval's var declarations, or -1
 *                  for the global object (and for strict callers, whose evals keep their own)
 * @param flags     {@link #IN_METHOD}, {@link #IN_DERIVED_CONSTRUCTOR}, {@link #IN_CLASS_FIELD_INITIALIZER}
 * @param levels    the environment arrays the site sees, innermost first
 * @param origin    where the eval is, as V8 names it in stack traces: {@code eval at f (file.js:3:7)}
 */
public record EvalSite(boolean strict, int thisLevel, int varLevel, int flags, List<Level> levels, String origin) {
    /** The this-function has a [[HomeObject]]: {@code super.x} is allowed. */
    public static final int IN_METHOD = 1;
    /** The this-function is a derived constructor: {@code super()} is allowed. */
    public static final int IN_DERIVED_CONSTRUCTOR = 2;
    /** The this-function is a class field initializer: {@code arguments} is an early error. */
    public static final int IN_CLASS_FIELD_INITIALIZER = 4;

    /** The site of an indirect eval: global code, no scopes, not strict. */
    public static EvalSite global(String origin) {
        return new EvalSite(false, -1, -1, 0, List.of(), origin);
    }

    /** One environment array: the scope it belongs to, its length, and its bindings. */
    public record Level(Scope.Kind kind, int envSize, boolean dynamicVars, List<Binding> bindings) {}

    /** One binding in an environment array. */
    public record Binding(String name, Variable.Kind kind, int slot, boolean tdz) {}

    /** The site of a direct eval called in scope {@code scope} of {@code function}, with the var scope its evals use. */
    public static EvalSite at(Scope scope, FunctionInfo function, Scope varTarget, String origin) {
        List<Level> levels = new ArrayList<>();
        List<Scope> chain = new ArrayList<>();
        for (Scope s = scope; s != null; s = s.parent()) {
            if (!s.hasEnv()) continue;
            List<Binding> bindings = new ArrayList<>();
            for (Variable v : s.variables()) {
                if (v.storage() == Variable.Storage.ENV) bindings.add(new Binding(v.name(), v.kind(), v.envIndex(), v.hasTdz()));
            }
            levels.add(new Level(s.kind(), s.envSize(), s.hasDynamicVars(), List.copyOf(bindings)));
            chain.add(s);
        }
        FunctionInfo owner = function.thisFunction();
        int thisLevel = owner.isTopLevel() ? -1 : chain.indexOf(owner.scope());
        int varLevel = function.isStrict() || varTarget == null ? -1 : chain.indexOf(varTarget);
        return new EvalSite(function.isStrict(), thisLevel, varLevel, flagsOf(owner), List.copyOf(levels), origin);
    }

    private static int flagsOf(FunctionInfo owner) {
        if (owner.callerSite() != null) return owner.callerSite().flags();
        if (owner.node() instanceof PropertyDefinition) return IN_METHOD | IN_CLASS_FIELD_INITIALIZER;
        if (owner.node() instanceof StaticBlock) return IN_METHOD;
        FunctionNode f = owner.functionNode();
        if (f == null) return 0;
        return switch (f.kind()) {
            case METHOD, GETTER, SETTER, CLASS_CONSTRUCTOR -> IN_METHOD;
            case DERIVED_CONSTRUCTOR -> IN_METHOD | IN_DERIVED_CONSTRUCTOR;
            default -> 0;
        };
    }

    public boolean inFunction() {
        return thisLevel >= 0;
    }

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** The private names the eval code may use (those of the classes around the call). */
    public Set<String> privateNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Level level : levels) {
            for (Binding b : level.bindings()) if (b.kind() == Variable.Kind.PRIVATE_NAME) names.add(b.name().substring(1));
        }
        return names;
    }

    // ---------------------------------------------------------------- the string form

    /**
     * The site as text: a header line, one line per level ({@code KIND size dynamic} then
     * {@code name:KIND:slot:tdz} per binding), and the origin last. Names never contain
     * spaces, colons or line breaks, so nothing needs escaping.
     */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        sb.append(strict ? 1 : 0).append(' ').append(thisLevel).append(' ').append(varLevel).append(' ').append(flags)
                .append(' ').append(levels.size()).append('\n');
        for (Level level : levels) {
            sb.append(level.kind()).append(' ').append(level.envSize()).append(' ').append(level.dynamicVars() ? 1 : 0);
            for (Binding b : level.bindings()) {
                sb.append(' ').append(b.name()).append(':').append(b.kind()).append(':').append(b.slot()).append(':')
                        .append(b.tdz() ? 1 : 0);
            }
            sb.append('\n');
        }
        return sb.append(origin).toString();
    }

    /** The inverse of {@link #encode}. */
    public static EvalSite decode(String text) {
        String[] lines = text.split("\n", -1);
        String[] header = lines[0].split(" ");
        int count = Integer.parseInt(header[4]);
        List<Level> levels = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String[] parts = lines[i].split(" ");
            List<Binding> bindings = new ArrayList<>(parts.length - 3);
            for (int j = 3; j < parts.length; j++) {
                String[] b = parts[j].split(":");
                bindings.add(new Binding(b[0], Variable.Kind.valueOf(b[1]), Integer.parseInt(b[2]), b[3].equals("1")));
            }
            levels.add(new Level(Scope.Kind.valueOf(parts[0]), Integer.parseInt(parts[1]), parts[2].equals("1"), List.copyOf(bindings)));
        }
        StringBuilder origin = new StringBuilder(lines[count + 1]);
        for (int i = count + 2; i < lines.length; i++) origin.append('\n').append(lines[i]);
        return new EvalSite(header[0].equals("1"), Integer.parseInt(header[1]), Integer.parseInt(header[2]),
                Integer.parseInt(header[3]), List.copyOf(levels), origin.toString());
    }
}
