package io.hexaredis.application.config;

import io.hexaredis.domain.bytes.Numbers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters with a syntax of their own, and the checks some string parameters add.
 *
 * <p>Redis: the createSpecialConfig() entries of config.c and their set/get functions
 * (setConfigSaveOption(), updateClientOutputBufferLimit(), setConfigOOMScoreAdjValuesOption(),
 * keyspaceEventsStringToFlags() of notify.c...), and the is_valid functions of string configs.
 *
 * <p>A multi-word value (save, bind, client-output-buffer-limit...) is split on single spaces, as
 * sdssplitlen() does: an extra space makes an empty word, which the parameter then refuses.
 */
final class SpecialConfigs {

    private SpecialConfigs() {}

    /** sdssplitlen(value, " "): no words for "", empty words between doubled spaces. */
    static List<String> words(String value) {
        return value.isEmpty() ? List.of() : Arrays.asList(value.split(" ", -1));
    }

    /**
     * strtoll(s, &end, 10) followed by a check that nothing is left: leading white space and a
     * sign are allowed, overflow saturates; the empty string reads as 0. Null when characters
     * remain after the number.
     */
    static Long strtoll(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && " \t\n\u000b\f\r".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        boolean saturated = false;
        for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                saturated = true;
            } else {
                v = v * 10 + d;
            }
        }
        if (i == digitsStart) {
            return s.isEmpty() ? 0L : null; // no digits: strtoll stops at the start of the string
        }
        if (i != n) {
            return null;
        }
        if (saturated) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -v : v;
    }

    // ---- save ----

    static final String INVALID_SAVE = "Invalid save parameters";

    /** save: pairs "seconds changes", seconds at least 1, changes at least 0; "" for none. */
    static String save(String value, String current) {
        List<String> w = words(value);
        if (w.size() % 2 != 0) {
            throw new IllegalArgumentException(INVALID_SAVE);
        }
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < w.size(); j++) {
            Long v = strtoll(w.get(j));
            if (v == null || (j % 2 == 0 && v < 1) || (j % 2 == 1 && v < 0)) {
                throw new IllegalArgumentException(INVALID_SAVE);
            }
            long shown = j % 2 == 0 ? v : (int) (long) v; // changes are kept in an int
            out.append(j == 0 ? "" : " ").append(shown);
        }
        return out.toString();
    }

    // ---- client-output-buffer-limit ----

    private static final List<String> CLASSES = List.of("normal", "slave", "pubsub");

    /**
     * client-output-buffer-limit: groups of "class hard soft soft-seconds"; only the classes
     * named change. The classes are normal, replica (also called slave) and pubsub.
     */
    static String clientOutputBufferLimit(String value, String current) {
        List<String> w = words(value);
        if (w.size() % 4 != 0) {
            throw new IllegalArgumentException("Wrong number of arguments in buffer limit configuration.");
        }
        String[] limits = new String[3];
        List<String> cur = words(current);
        for (int c = 0; c < 3; c++) {
            limits[c] = cur.get(c * 4 + 1) + " " + cur.get(c * 4 + 2) + " " + cur.get(c * 4 + 3);
        }
        String[] updated = limits.clone();
        for (int j = 0; j < w.size(); j += 4) {
            String name = w.get(j).toLowerCase(Locale.ROOT);
            int c = name.equals("replica") ? 1 : CLASSES.indexOf(name);
            if (c < 0) {
                throw new IllegalArgumentException("Invalid client class specified in buffer limit configuration.");
            }
            long hard = 0;
            long soft = 0;
            boolean badMemory = false;
            try {
                hard = ConfigValues.parseMemory(w.get(j + 1), "");
                soft = ConfigValues.parseMemory(w.get(j + 2), "");
            } catch (IllegalArgumentException e) {
                badMemory = true;
            }
            Long seconds = strtoll(w.get(j + 3));
            if (badMemory || seconds == null || (int) (long) seconds < 0) { // the seconds are kept in an int
                throw new IllegalArgumentException(
                        "Error in hard, soft or soft_seconds setting in buffer limit configuration.");
            }
            updated[c] = Long.toUnsignedString(hard) + " " + Long.toUnsignedString(soft) + " " + (int) (long) seconds;
        }
        return "normal " + updated[0] + " slave " + updated[1] + " pubsub " + updated[2];
    }

    // ---- notify-keyspace-events ----

    private static final String CLASS_ORDER = "g$lshzxetd"; // the classes "A" stands for, in output order

    /**
     * notify-keyspace-events: a set of class characters, shown in Redis's canonical order
     * (keyspaceEventsFlagsToString() in notify.c): "A" when all of g$lshzxetd are on (then "n" is
     * not shown), otherwise each class; then K, E and m.
     */
    static String notifyKeyspaceEvents(String value, String current) {
        boolean[] on = new boolean[128];
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 'A') {
                for (char a : CLASS_ORDER.toCharArray()) {
                    on[a] = true;
                }
            } else if (c < 128 && "g$lshzxetdKEmn".indexOf(c) >= 0) {
                on[c] = true;
            } else {
                throw new IllegalArgumentException("Invalid event class character. Use 'Ag$lshzxeKEtmdn'.");
            }
        }
        StringBuilder out = new StringBuilder();
        boolean all = CLASS_ORDER.chars().allMatch(c -> on[c]);
        if (all) {
            out.append('A');
        } else {
            for (char c : (CLASS_ORDER + "n").toCharArray()) {
                if (on[c]) {
                    out.append(c);
                }
            }
        }
        for (char c : "KEm".toCharArray()) {
            if (on[c]) {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- oom-score-adj-values ----

    static String oomScoreAdjValues(String value, String current) {
        List<String> w = words(value);
        if (w.size() != 3) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        StringBuilder out = new StringBuilder();
        for (String word : w) {
            Long v = strtoll(word);
            if (v == null || v < -2000 || v > 2000) {
                throw new IllegalArgumentException(
                        "Invalid oom-score-adj-values, elements must be between -2000 and 2000.");
            }
            out.append(out.length() == 0 ? "" : " ").append(v);
        }
        return out.toString();
    }

    // ---- bind ----

    static final String DEFAULT_BIND = "* -::*";

    /** bind: up to 16 addresses ("" for none); "*" is every IPv4 address, "-" marks an optional one. */
    static String bind(String value, String current) {
        List<String> w = words(value);
        if (w.size() > 16) {
            throw new IllegalArgumentException("Too many bind addresses specified.");
        }
        if (w.size() == 1 && w.get(0).isEmpty()) {
            return "";
        }
        return String.join(" ", w);
    }

    // ---- replicaof ----

    /** replicaof: "host port", or "no one" for none. */
    static String replicaOf(String value, String current) {
        List<String> w = words(value);
        if (w.size() != 2) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        if (w.get(0).equalsIgnoreCase("no") && w.get(1).equalsIgnoreCase("one")) {
            return "";
        }
        Long port = strtoll(w.get(1));
        if (port == null || w.get(1).isEmpty() || port < 0 || port > 65535) {
            throw new IllegalArgumentException("Invalid master port");
        }
        return w.get(0) + " " + port;
    }

    // ---- latency-tracking-info-percentiles ----

    static String latencyPercentiles(String value, String current) {
        List<String> w = words(value);
        if (w.size() == 1 && w.get(0).isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : w) {
            double p = Numbers.parseDoubleOr(word.getBytes(StandardCharsets.UTF_8), Double.NaN);
            if (Double.isNaN(p)) {
                throw new IllegalArgumentException("Invalid latency-tracking-info-percentiles parameters");
            }
            if (p > 100.0 || p < 0.0) {
                throw new IllegalArgumentException(
                        "latency-tracking-info-percentiles parameters should sit between [0.0,100.0]");
            }
            out.append(out.length() == 0 ? "" : " ").append(trimmedDouble(p));
        }
        return out.toString();
    }

    /** printf("%f") without trailing zeros and dot (trimDoubleString() in util.c). */
    static String trimmedDouble(double d) {
        String s = String.format(Locale.ROOT, "%f", d);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    // ---- shutdown-on-sigint, shutdown-on-sigterm ----

    private static final List<String> SHUTDOWN_FLAGS = List.of("default", "save", "nosave", "now", "force");

    /** A set of SHUTDOWN modifiers applied when the signal arrives; "default" alone means none. */
    static String shutdownOnSignal(String value, String current) {
        List<String> w = words(value);
        if (w.isEmpty()) {
            throw new IllegalArgumentException(ConfigValues.enumError(SHUTDOWN_FLAGS));
        }
        boolean[] on = new boolean[SHUTDOWN_FLAGS.size()];
        for (String word : w) {
            on[SHUTDOWN_FLAGS.indexOf(ConfigValues.oneOf(word, SHUTDOWN_FLAGS))] = true;
        }
        if (on[1] && on[2]) {
            throw new IllegalArgumentException("shutdown options SAVE and NOSAVE can't be used simultaneously");
        }
        List<String> shown = new ArrayList<>();
        for (int i = 1; i < on.length; i++) {
            if (on[i]) {
                shown.add(SHUTDOWN_FLAGS.get(i));
            }
        }
        return shown.isEmpty() ? "default" : String.join(" ", shown);
    }

    // ---- checks of string parameters ----

    static String hz(String value, String current) {
        long hz = Long.parseLong(ConfigValues.integer(value, 0, ConfigValues.INT_MAX));
        return Long.toString(Math.max(1, Math.min(500, hz))); // a hint: Redis caps it to 1..500
    }

    static String activeDefrag(String value, String current) {
        if (ConfigValues.yesNo(value).equals("yes")) {
            throw new IllegalArgumentException("Active defragmentation cannot be enabled: it requires a Redis "
                    + "server compiled with a modified Jemalloc like the one shipped by default with the Redis "
                    + "source distribution");
        }
        return "no";
    }

    static boolean isBaseName(String path) {
        return path.indexOf('/') < 0 && path.indexOf('\\') < 0;
    }

    static String dbfilename(String value, String current) {
        if (!isBaseName(value)) {
            throw new IllegalArgumentException("dbfilename can't be a path, just a filename");
        }
        return value;
    }

    static String appendfilename(String value, String current) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("appendfilename can't be empty");
        }
        if (!isBaseName(value)) {
            throw new IllegalArgumentException("appendfilename can't be a path, just a filename");
        }
        return value;
    }

    static String appenddirname(String value, String current) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("appenddirname can't be empty");
        }
        if (!isBaseName(value)) {
            throw new IllegalArgumentException("appenddirname can't be a path, just a dirname");
        }
        return value;
    }

    static String hostname(String value, String current) {
        if (value.length() >= 256) {
            throw new IllegalArgumentException("Hostnames must be less than 256 characters");
        }
        for (char c : value.toCharArray()) {
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                throw new IllegalArgumentException("Hostnames may only contain alphanumeric characters, hyphens or dots");
            }
        }
        return value;
    }

    private static final Map<String, String> TITLE_VARIABLES = Map.of(
            "title", "", "listen-addr", "*:6379", "server-mode", "", "port", "6379", "tls-port", "0",
            "unixsocket", "", "config-file", "");

    /**
     * proc-title-template: text with {variables} from a fixed list ("{{" and "}}" for braces),
     * which must not expand to nothing (validateProcTitleTemplate() in server.c).
     */
    static String procTitleTemplate(String value, String current) {
        StringBuilder expanded = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '{' && i + 1 < value.length() && value.charAt(i + 1) == '{'
                    || c == '}' && i + 1 < value.length() && value.charAt(i + 1) == '}') {
                expanded.append(c);
                i += 2;
            } else if (c == '{') {
                int end = value.indexOf('}', i);
                String variable = end < 0 ? null : TITLE_VARIABLES.get(value.substring(i + 1, end));
                if (variable == null) {
                    throw invalidTemplate();
                }
                expanded.append(variable);
                i = end + 1;
            } else if (c == '}') {
                throw invalidTemplate();
            } else {
                expanded.append(c);
                i++;
            }
        }
        if (expanded.toString().isBlank()) {
            throw invalidTemplate();
        }
        return value;
    }

    private static IllegalArgumentException invalidTemplate() {
        return new IllegalArgumentException("template format is invalid or contains unknown variables");
    }
}
