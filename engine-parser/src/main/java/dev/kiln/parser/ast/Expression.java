package dev.kiln.parser.ast;

/**
 * An expression (ECMA-262 13). {@link SpreadElement} is one too, but only occurs where
 * spreading is allowed (arguments, array elements).
 */
public sealed interface Expression extends Node
        permits Identifier,
        NullLiteral,
        BooleanLiteral,
        NumericLiteral,
        BigIntLiteral,
        StringLiteral,
        RegExpLiteral,
        TemplateLiteral,
        TaggedTemplateExpression,
        ThisExpression,
        SuperCall,
        SuperMemberExpression,
        ArrayExpression,
        ObjectExpression,
        SpreadElement,
        FunctionExpression,
        ArrowFunctionExpression,
        ClassExpression,
        UnaryExpression,
        UpdateExpression,
        BinaryExpression,
        PrivateInExpression,
        LogicalExpression,
        AssignmentExpression,
        ConditionalExpression,
        CallExpression,
        NewExpression,
        MemberExpression,
        PrivateMemberExpression,
        ChainExpression,
        SequenceExpression,
        YieldExpression,
        AwaitExpression,
        ImportExpression,
        MetaProperty {
}
