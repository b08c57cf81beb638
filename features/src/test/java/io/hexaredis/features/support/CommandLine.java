package io.hexaredis.features.support;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command as typed at the redis-cli prompt into its words: spaces separate words,
 * "double quotes" allow spaces and escapes (\n \r \t \" \\ \xHH), 'single quotes' allow spaces.
 */
public final class CommandLine {

    private CommandLine() {}

    public static List<byte[]> split(String line) {
        List<byte[]> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                return words;
            }
            ByteArrayOutputStream word = new ByteArrayOutputStream();
            char quote = 0;
            for (; i < n; i++) {
                char c = line.charAt(i);
                if (quote == 0 && c == ' ') {
                    break;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (quote != 0 && c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '\\' && i + 1 < n) {
                    char e = line.charAt(++i);
                    switch (e) {
                        case 'n' -> word.write('\n');
                        case 'r' -> word.write('\r');
                        case 't' -> word.write('\t');
                        case 'x' -> {
                            word.write(Integer.parseInt(line.substring(i + 1, i + 3), 16));
                            i += 2;
                        }
                        default -> word.write(e);
                    }
                } else {
                    byte[] utf8 = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    word.write(utf8, 0, utf8.length);
                }
            }
            words.add(word.toByteArray());
        }
    }
}
