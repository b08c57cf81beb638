package io.hexaredis.features.support;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A reply as read off the wire: its RESP type character and its content, kept raw so tests can
 * check exactly what the server sent (a RESP3 map is a map, not an array).
 *
 * @param type  the RESP type byte: + - : $ * _ , # = ( % ~ > (and '$' with null bytes for nil)
 * @param bytes bulk, simple, error, verbatim, double, big-number text; null for nil
 * @param items elements of aggregates (for maps: key, value, key, value...)
 */
public record RespValue(char type, byte[] bytes, List<RespValue> items) {

    public boolean isNil() {
        return type == '_' || ((type == '$' || type == '*') && bytes == null && items == null);
    }

    public String text() {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    public boolean isError() {
        return type == '-';
    }

    /**
     * The reply as redis-cli prints it: {@code (integer) 1}, {@code "bar"}, {@code (nil)},
     * {@code (error) ERR ...}, numbered lines for arrays, {@code 1# "k" => "v"} for RESP3 maps.
     */
    public String render() {
        StringBuilder sb = new StringBuilder();
        render(sb, "");
        return sb.toString();
    }

    private void render(StringBuilder sb, String indent) {
        switch (type) {
            case '+' -> sb.append(text());
            case '-' -> sb.append("(error) ").append(text());
            case ':' -> sb.append("(integer) ").append(text());
            case ',' -> sb.append("(double) ").append(text());
            case '(' -> sb.append("(big number) ").append(text());
            case '#' -> sb.append(text().equals("t") ? "(true)" : "(false)");
            case '_' -> sb.append("(nil)");
            case '=' -> sb.append(quote(java.util.Arrays.copyOfRange(bytes, 4, bytes.length)));
            case '$' -> sb.append(bytes == null ? "(nil)" : quote(bytes));
            case '*', '~', '>', '%' -> renderAggregate(sb, indent);
            default -> sb.append("(unknown ").append(type).append(')');
        }
    }

    private void renderAggregate(StringBuilder sb, String indent) {
        if (items == null) {
            sb.append("(nil)");
            return;
        }
        if (items.isEmpty()) {
            sb.append(type == '%' ? "(empty hash)" : type == '~' ? "(empty set)" : "(empty array)");
            return;
        }
        boolean map = type == '%';
        int count = map ? items.size() / 2 : items.size();
        String marker = switch (type) {
            case '%' -> "# ";
            case '~' -> "~ ";
            case '>' -> ") ";
            default -> ") ";
        };
        int width = Integer.toString(count).length();
        for (int i = 0; i < count; i++) {
            String number = String.format("%" + width + "d", i + 1);
            if (i > 0) {
                sb.append('\n').append(indent);
            }
            sb.append(number).append(marker);
            String childIndent = indent + " ".repeat(number.length() + marker.length());
            if (map) {
                items.get(2 * i).render(sb, childIndent);
                sb.append(" => ");
                items.get(2 * i + 1).render(sb, childIndent);
            } else {
                items.get(i).render(sb, childIndent);
            }
        }
    }

    /** redis-cli's quoting of a bulk string (sdscatrepr()). */
    static String quote(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '"' -> sb.append("\\\"");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 7 -> sb.append("\\a");
                case 8 -> sb.append("\\b");
                default -> {
                    if (c >= 32 && c < 127) {
                        sb.append((char) c);
                    } else {
                        sb.append(String.format("\\x%02x", c));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
