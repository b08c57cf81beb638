package io.hexaredis.adapter.resp.codec;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an inline command line into words, the way redis-cli and telnet users type them.
 *
 * <p>Redis: sdssplitargs() in sds.c. Blanks (space, tab, CR, LF, vertical tab, form feed) before
 * a word are skipped; a word ends at a space, tab, CR or LF. Quotes may start anywhere in a word:
 * <pre>
 *   "double quotes"   with escapes \" \\ \n \r \t \b \a and \xHH (two hex digits); any other
 *                     escaped character stands for itself
 *   'single quotes'   with the one escape \'
 * </pre>
 * A closing quote must be followed by a blank or the end of the line. A missing closing quote,
 * or text right after one, makes the line invalid: the answer is null ("unbalanced quotes").
 * sdssplitargs() reads a C string, so a NUL byte ends the line: words after it are not seen, and
 * a quote still open there is unbalanced.
 */
final class InlineSplitter {

    private InlineSplitter() {}

    static List<byte[]> split(byte[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] == 0) {
                to = i;
                break;
            }
        }
        List<byte[]> words = new ArrayList<>();
        int p = from;
        while (true) {
            while (p < to && isBlank(line[p])) {
                p++;
            }
            if (p >= to) {
                return words;
            }
            ByteArrayOutputStream word = new ByteArrayOutputStream();
            boolean inDouble = false;
            boolean inSingle = false;
            boolean done = false;
            while (!done) {
                if (inDouble) {
                    if (p >= to) {
                        return null;
                    }
                    byte c = line[p];
                    if (c == '\\' && p + 3 < to && line[p + 1] == 'x' && isHex(line[p + 2]) && isHex(line[p + 3])) {
                        word.write(hex(line[p + 2]) * 16 + hex(line[p + 3]));
                        p += 3;
                    } else if (c == '\\' && p + 1 < to) {
                        p++;
                        byte e = line[p];
                        word.write(switch (e) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            case 'b' -> '\b';
                            case 'a' -> 7;
                            default -> e;
                        });
                    } else if (c == '"') {
                        if (p + 1 < to && !isBlank(line[p + 1])) {
                            return null;
                        }
                        done = true;
                    } else {
                        word.write(c);
                    }
                } else if (inSingle) {
                    if (p >= to) {
                        return null;
                    }
                    byte c = line[p];
                    if (c == '\\' && p + 1 < to && line[p + 1] == '\'') {
                        p++;
                        word.write('\'');
                    } else if (c == '\'') {
                        if (p + 1 < to && !isBlank(line[p + 1])) {
                            return null;
                        }
                        done = true;
                    } else {
                        word.write(c);
                    }
                } else {
                    if (p >= to) {
                        break;
                    }
                    byte c = line[p];
                    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                        done = true;
                    } else if (c == '"') {
                        inDouble = true;
                    } else if (c == '\'') {
                        inSingle = true;
                    } else {
                        word.write(c);
                    }
                }
                if (p < to) {
                    p++;
                }
            }
            words.add(word.toByteArray());
        }
    }

    /** isspace() in the C locale. */
    private static boolean isBlank(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0x0b || c == '\f';
    }

    private static boolean isHex(byte c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static int hex(byte c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }
}
