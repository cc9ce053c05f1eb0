package dev.kiln.runtime.builtins.text;

import dev.kiln.runtime.completion.JSException;
import dev.kiln.runtime.object.JSObject;
import dev.kiln.runtime.object.PropertyKey;
import dev.kiln.runtime.ops.Conversion;
import dev.kiln.runtime.value.StringLimits;
import dev.kiln.runtime.value.Undefined;

/** 22.1.3.19.1 GetSubstitution: the replacement text for one match, for String and RegExp replace. */
public final class Substitution {
    private Substitution() {}

    /**
     * 22.1.3.19.1 GetSubstitution. {@code captures} holds Strings or undefined; {@code namedCaptures}
     * is an object or undefined.
     */
    public static String getSubstitution(String matched, String str, int position, Object[] captures,
                                         Object namedCaptures, String replacementTemplate) {
        int dollar = replacementTemplate.indexOf('$');
        if (dollar < 0) return replacementTemplate; // nothing to substitute: the common case
        int stringLength = str.length();
        StringBuilder result = new StringBuilder(replacementTemplate.length() + 16);
        result.append(replacementTemplate, 0, dollar);
        int n = replacementTemplate.length();
        int i = dollar;
        while (i < n) {
            char c = replacementTemplate.charAt(i);
            if (c != '$' || i + 1 == n) {
                result.append(c);
                i++;
                continue;
            }
            char next = replacementTemplate.charAt(i + 1);
            if (next == '$') {
                result.append('$');
                i += 2;
            } else if (next == '`') {
                result.append(str, 0, position);
                i += 2;
            } else if (next == '&') {
                result.append(matched);
                i += 2;
            } else if (next == '\'') {
                int tailPos = position + matched.length();
                result.append(str, Math.min(tailPos, stringLength), stringLength);
                i += 2;
            } else if (isDigit(next)) {
                int digitCount = i + 2 < n && isDigit(replacementTemplate.charAt(i + 2)) ? 2 : 1;
                int index = digitCount == 2 ? (next - '0') * 10 + (replacementTemplate.charAt(i + 2) - '0') : next - '0';
                int captureLen = captures.length;
                if (index > captureLen && digitCount == 2) {
                    digitCount = 1;
                    index = next - '0';
                }
                if (1 <= index && index <= captureLen) {
                    Object capture = captures[index - 1];
                    if (capture != Undefined.INSTANCE) result.append(Conversion.toString(capture));
                } else {
                    result.append(replacementTemplate, i, i + 1 + digitCount);
                }
                i += 1 + digitCount;
            } else if (next == '<') {
                int gtPos = replacementTemplate.indexOf('>', i);
                if (gtPos < 0 || namedCaptures == Undefined.INSTANCE) {
                    result.append("$<");
                    i += 2;
                } else {
                    String groupName = replacementTemplate.substring(i + 2, gtPos);
                    JSObject groups = (JSObject) namedCaptures;
                    Object capture = groups.get(PropertyKey.fromString(groupName), groups);
                    if (capture != Undefined.INSTANCE) result.append(Conversion.toString(capture));
                    i = gtPos + 1;
                }
            } else {
                result.append('$');
                i++;
            }
            if (result.length() > StringLimits.MAX_LENGTH) throw JSException.rangeError("Invalid string length");
        }
        return result.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
