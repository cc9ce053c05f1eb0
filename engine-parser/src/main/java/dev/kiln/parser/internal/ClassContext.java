package dev.kiln.parser.internal;

import dev.kiln.parser.ast.PrivateIdentifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The private names of one class body being parsed (ECMA-262 15.7.1 early errors): those declared,
 * and references not yet resolved, which are checked when the body ends because a name may be used
 * before the element that declares it.
 */
final class ClassContext {
    static final int FIELD = 1;
    static final int METHOD = 2;
    static final int GETTER = 4;
    static final int SETTER = 8;
    static final int STATIC = 16;

    final ClassContext outer;
    final Map<String, Integer> declared = new HashMap<>();
    final List<PrivateIdentifier> unresolved = new ArrayList<>();

    ClassContext(ClassContext outer) {
        this.outer = outer;
    }
}
