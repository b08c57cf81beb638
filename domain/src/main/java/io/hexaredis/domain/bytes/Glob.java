package io.hexaredis.domain.bytes;

/**
 * Glob-style matching, as KEYS, SCAN MATCH, PSUBSCRIBE and CONFIG GET use it.
 *
 * <p>Redis: stringmatchlen() in util.c. The syntax:
 * <pre>
 *   *        any sequence of bytes, also empty
 *   ?        exactly one byte
 *   [abc]    one of a, b, c        [^abc]  anything but a, b, c
 *   [a-z]    a range (reversed ranges like [z-a] work too)
 *   \x       the byte x itself (also inside [...])
 * </pre>
 * Matching is on bytes, so it is binary-safe; {@code nocase} folds ASCII letters only.
 */
public final class Glob {

    private Glob() {}

    public static boolean matches(byte[] pattern, byte[] subject) {
        return match(pattern, 0, subject, 0, false, 0);
    }

    public static boolean matchesIgnoreCase(byte[] pattern, byte[] subject) {
        return match(pattern, 0, subject, 0, true, 0);
    }

    /** True when the pattern has no special characters, so it can only match itself. */
    public static boolean isLiteral(byte[] pattern) {
        for (byte b : pattern) {
            if (b == '*' || b == '?' || b == '[' || b == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean match(byte[] p, int pi, byte[] s, int si, boolean nocase, int depth) {
        if (depth > 1000) {
            return false; // Redis also bounds the recursion of '*' to protect the stack
        }
        while (pi < p.length && si <= s.length) {
            byte pc = p[pi];
            switch (pc) {
                case '*': {
                    while (pi + 1 < p.length && p[pi + 1] == '*') {
                        pi++;
                    }
                    if (pi + 1 == p.length) {
                        return true;
                    }
                    for (int k = si; k <= s.length; k++) {
                        if (match(p, pi + 1, s, k, nocase, depth + 1)) {
                            return true;
                        }
                    }
                    return false;
                }
                case '?':
                    if (si >= s.length) {
                        return false;
                    }
                    si++;
                    pi++;
                    break;
                case '[': {
                    if (si >= s.length) {
                        return false;
                    }
                    pi++;
                    boolean not = pi < p.length && p[pi] == '^';
                    if (not) {
                        pi++;
                    }
                    boolean matched = false;
                    int c = fold(s[si], nocase);
                    while (pi < p.length && p[pi] != ']') {
                        if (p[pi] == '\\' && pi + 1 < p.length) {
                            pi++;
                            if (fold(p[pi], nocase) == c) {
                                matched = true;
                            }
                            pi++;
                        } else if (pi + 2 < p.length && p[pi + 1] == '-') {
                            int start = fold(p[pi], nocase);
                            int end = fold(p[pi + 2], nocase);
                            if (start > end) {
                                int t = start;
                                start = end;
                                end = t;
                            }
                            if (c >= start && c <= end) {
                                matched = true;
                            }
                            pi += 3;
                        } else {
                            if (fold(p[pi], nocase) == c) {
                                matched = true;
                            }
                            pi++;
                        }
                    }
                    if (pi < p.length) {
                        pi++; // the closing ']'
                    }
                    if (not) {
                        matched = !matched;
                    }
                    if (!matched) {
                        return false;
                    }
                    si++;
                    break;
                }
                case '\\':
                    if (pi + 1 < p.length) {
                        pi++;
                    }
                    // fall through: the escaped byte is matched literally
                default:
                    if (si >= s.length || fold(p[pi], nocase) != fold(s[si], nocase)) {
                        return false;
                    }
                    pi++;
                    si++;
                    break;
            }
        }
        return pi == p.length && si == s.length;
    }

    private static int fold(byte b, boolean nocase) {
        int c = b & 0xff;
        return nocase && c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
