package dev.kiln.codegen.scope;

import java.util.List;

/**
 * How one identifier reference resolves (9.1.2.1 GetIdentifierReference, done at compile time
 * where it can be).
 *
 * @param variable      the binding, or null for a global name (or one only eval could add)
 * @param from          the scope the reference is in
 * @param dynamicScopes with statements and var scopes of sloppy direct evals that the lookup
 *                      passes on its way to {@code variable}, innermost first: each may hold the
 *                      name at run time and must be checked first
 * @param needsTdzCheck whether the binding may still be uninitialized when this runs
 */
public record Reference(Variable variable, Scope from, List<Scope> dynamicScopes, boolean needsTdzCheck) {
    public boolean isGlobal() {
        return variable == null;
    }
}
