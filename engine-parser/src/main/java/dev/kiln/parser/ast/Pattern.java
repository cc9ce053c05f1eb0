package dev.kiln.parser.ast;

/**
 * A binding or assignment target: an identifier, a destructuring pattern, a default
 * ({@link AssignmentPattern}), a rest element, or, in assignment patterns only, a member expression.
 */
public sealed interface Pattern extends Node
        permits Identifier,
        SuperMemberExpression,
        MemberExpression,
        PrivateMemberExpression,
        ObjectPattern,
        ArrayPattern,
        AssignmentPattern,
        RestElement,
        CallExpression {
}
