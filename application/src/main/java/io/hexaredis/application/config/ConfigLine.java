package io.hexaredis.application.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one redis.conf line into words: spaces separate words, double quotes allow spaces and
 * backslash escapes, single quotes allow spaces. Redis uses sdssplitargs() for this, the same
 * splitter as inline commands; returns null for unbalanced quotes. Used when the server reads its
 * config file, and again when CONFIG REWRITE reads it back to find the lines of each parameter.
 */
public final class ConfigLine {

    private ConfigLine() {}

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return words;
            }
            StringBuilder word = new StringBuilder();
            char quote = 0;
            while (i < n) {
                char c = line.charAt(i);
                if (quote == 0) {
                    if (Character.isWhitespace(c)) {
                        break;
                    }
                    if (c == '"' || c == '\'') {
                        quote = c;
                    } else {
                        word.append(c);
                    }
                } else if (c == '\\' && i + 1 < n && (quote == '"' || line.charAt(i + 1) == '\'')) {
                    char e = line.charAt(++i);
                    word.append(switch (e) {
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        default -> e;
                    });
                } else if (c == quote) {
                    quote = 0;
                    if (i + 1 < n && !Character.isWhitespace(line.charAt(i + 1))) {
                        return null;
                    }
                } else {
                    word.append(c);
                }
                i++;
            }
            if (quote != 0) {
                return null;
            }
            words.add(word.toString());
        }
    }
}
