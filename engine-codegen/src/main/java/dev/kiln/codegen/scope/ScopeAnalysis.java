package dev.kiln.codegen.scope;

import dev.kiln.parser.ast.CallExpression;
import dev.kiln.parser.ast.FunctionDeclaration;
import dev.kiln.parser.ast.Identifier;
import dev.kiln.parser.ast.Node;
import dev.kiln.parser.ast.PrivateIdentifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The result of scope analysis: the scope each scope-making node opens, each function's facts, each reference's resolution. */
public final class ScopeAnalysis {
    private final FunctionInfo top;
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final Map<Node, FunctionInfo> functions = new IdentityHashMap<>();
    final Map<Identifier, Reference> references = new IdentityHashMap<>();
    final Map<PrivateIdentifier, Reference> privateReferences = new IdentityHashMap<>();
    final Map<FunctionDeclaration, Variable> annexB = new IdentityHashMap<>();
    final Map<CallExpression, Scope> evalVarTargets = new IdentityHashMap<>();
    final List<String> evalVarNames = new ArrayList<>();
    final Set<FunctionDeclaration> evalAnnexB = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<String> evalAnnexBNames = new LinkedHashSet<>();

    ScopeAnalysis(FunctionInfo top) {
        this.top = top;
    }

    /** The top-level code's info. */
    public FunctionInfo top() {
        return top;
    }

    /** The scope {@code node} opens (a block, function, catch clause, class...), or null if it opens none. */
    public Scope scopeOf(Node node) {
        return scopes.get(node);
    }

    public FunctionInfo functionOf(Node functionNode) {
        return functions.get(functionNode);
    }

    /** The var binding B.3.2.1 gives a sloppy function declaration in a block, or null. */
    public Variable annexBVar(FunctionDeclaration fd) {
        return annexB.get(fd);
    }

    /**
     * The scope whose eval-made var map gets the vars of a sloppy direct eval at {@code call}: the
     * calling function's var scope, or the scope outside its parameters for an eval in a parameter
     * expression; a SCRIPT scope stands for the global object. Null for strict code.
     */
    public Scope evalVarTarget(CallExpression call) {
        return evalVarTargets.get(call);
    }

    /** For sloppy eval code: declaredVarNames of 19.2.1.3 (its var names that no top-level function has). */
    public List<String> evalVarNames() {
        return evalVarNames;
    }

    /** For sloppy eval code: whether B.3.2.3 gives the block function {@code fd} a var binding in the caller's var scope. */
    public boolean isEvalAnnexB(FunctionDeclaration fd) {
        return evalAnnexB.contains(fd);
    }

    /** The names of {@link #isEvalAnnexB} functions, each once. */
    public List<String> evalAnnexBNames() {
        return List.copyOf(evalAnnexBNames);
    }

    /** The resolution of {@code #name} to the class's private-name binding. */
    public Reference privateReference(PrivateIdentifier p) {
        return privateReferences.get(p);
    }

    /** The resolution of an identifier used as a reference or a binding target. */
    public Reference reference(Identifier id) {
        Reference r = references.get(id);
        if (r == null) throw new IllegalStateException("unresolved identifier " + id.name() + " at " + id.start());
        return r;
    }
}
