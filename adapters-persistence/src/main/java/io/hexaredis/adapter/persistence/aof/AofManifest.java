package io.hexaredis.adapter.persistence.aof;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The manifest of a Redis 7 multi-part AOF: which files make up the AOF, in which order.
 *
 * <p>Redis: aofInfo, aofManifest and their load/persist functions in aof.c. The manifest is a text
 * file ({@code <appendfilename>.manifest} in {@code appenddirname}), one line per file:
 * <pre>
 *   file appendonly.aof.2.base.rdb seq 2 type b
 *   file appendonly.aof.3.incr.aof seq 3 type i
 *   file appendonly.aof.4.incr.aof seq 4 type i
 * </pre>
 * Type {@code b} is the base (at most one: an RDB image, {@code .base.rdb}, or commands,
 * {@code .base.aof}), {@code i} the incremental files of commands written after it, replayed in
 * order, and {@code h} history files that a finished rewrite replaced and that are about to be
 * deleted. Base and incremental files have their own sequence numbers, which only grow. Lines
 * starting with '#' are comments; unknown keys are ignored; a name with spaces or unusual bytes is
 * quoted.
 *
 * <p>The manifest is never edited in place: a changed copy is written to a temporary file and
 * renamed over it, so the AOF is always described by either the old or the new manifest.
 */
public final class AofManifest {

    /** The kind of a file in the manifest. */
    public enum Type {
        BASE('b'), HISTORY('h'), INCR('i');

        final char code;

        Type(char code) {
            this.code = code;
        }

        static Type of(String code) throws IOException {
            for (Type t : values()) {
                if (code.length() == 1 && code.charAt(0) == t.code) {
                    return t;
                }
            }
            throw new IOException("Unknown AOF file type " + code);
        }
    }

    /** One file of the AOF. */
    public record FileInfo(String name, long seq, Type type) {}

    private FileInfo base;
    private final List<FileInfo> incrs = new ArrayList<>();
    private final List<FileInfo> history = new ArrayList<>();
    private long baseSeq;
    private long incrSeq;

    public FileInfo base() {
        return base;
    }

    public List<FileInfo> incrs() {
        return incrs;
    }

    public List<FileInfo> history() {
        return history;
    }

    public boolean isEmpty() {
        return base == null && incrs.isEmpty();
    }

    /** The files to load, in order: the base (if any), then the incremental files. */
    public List<FileInfo> loadOrder() {
        List<FileInfo> out = new ArrayList<>();
        if (base != null) {
            out.add(base);
        }
        out.addAll(incrs);
        return out;
    }

    /** aofLoadManifestFromFile(): parses a manifest, refusing anything ambiguous. */
    public static AofManifest parse(String text) throws IOException {
        AofManifest m = new AofManifest();
        long lastIncr = 0;
        for (String raw : text.split("\n", -1)) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> words = split(line);
            if (words == null || words.size() % 2 != 0) {
                throw new IOException("Invalid AOF manifest file format");
            }
            String name = null;
            String seq = null;
            String type = null;
            for (int i = 0; i < words.size(); i += 2) {
                switch (words.get(i)) {
                    case "file" -> name = words.get(i + 1);
                    case "seq" -> seq = words.get(i + 1);
                    case "type" -> type = words.get(i + 1);
                    default -> {
                        // keys of later versions are ignored, as Redis does
                    }
                }
            }
            if (name == null || seq == null || type == null) {
                throw new IOException("Invalid AOF manifest file format");
            }
            long n;
            try {
                n = Long.parseLong(seq);
            } catch (NumberFormatException e) {
                throw new IOException("Invalid AOF manifest file format");
            }
            FileInfo info = new FileInfo(name, n, Type.of(type));
            switch (info.type()) {
                case BASE -> {
                    if (m.base != null) {
                        throw new IOException("Found duplicate base file information");
                    }
                    m.base = info;
                    m.baseSeq = n;
                }
                case HISTORY -> m.history.add(info);
                case INCR -> {
                    if (n <= lastIncr) {
                        throw new IOException("Found a non-monotonic sequence number");
                    }
                    lastIncr = n;
                    m.incrs.add(info);
                    m.incrSeq = n;
                }
            }
        }
        return m;
    }

    /** The manifest's text, base first, then history, then incremental files (as Redis orders it). */
    public String render() {
        StringBuilder sb = new StringBuilder();
        if (base != null) {
            line(sb, base);
        }
        for (FileInfo h : history) {
            line(sb, h);
        }
        for (FileInfo i : incrs) {
            line(sb, i);
        }
        return sb.toString();
    }

    public AofManifest copy() {
        AofManifest m = new AofManifest();
        m.base = base;
        m.incrs.addAll(incrs);
        m.history.addAll(history);
        m.baseSeq = baseSeq;
        m.incrSeq = incrSeq;
        return m;
    }

    /**
     * getNewBaseFileNameAndMarkPreAsHistory(): a new base named after {@code prefix}; the old base
     * becomes history.
     */
    public FileInfo newBase(String prefix, boolean rdb) {
        if (base != null) {
            history.add(new FileInfo(base.name(), base.seq(), Type.HISTORY));
        }
        baseSeq++;
        base = new FileInfo(prefix + "." + baseSeq + ".base." + (rdb ? "rdb" : "aof"), baseSeq, Type.BASE);
        return base;
    }

    /** getNewIncrAofName(): a new incremental file, appended last. */
    public FileInfo newIncr(String prefix) {
        incrSeq++;
        FileInfo info = new FileInfo(prefix + "." + incrSeq + ".incr.aof", incrSeq, Type.INCR);
        incrs.add(info);
        return info;
    }

    /**
     * markRewrittenIncrAofAsHistory(): after a rewrite, every incremental file but those the rewrite
     * did not cover (the last {@code keep}) becomes history.
     */
    public void markIncrsAsHistory(int keep) {
        while (incrs.size() > keep) {
            FileInfo i = incrs.remove(0);
            history.add(new FileInfo(i.name(), i.seq(), Type.HISTORY));
        }
    }

    public void clearHistory() {
        history.clear();
    }

    private static void line(StringBuilder sb, FileInfo f) {
        sb.append("file ").append(quote(f.name())).append(" seq ").append(f.seq()).append(" type ").append(f.type().code)
                .append('\n');
    }

    private static String quote(String name) {
        boolean plain = !name.isEmpty();
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = c > ' ' && c < 127 && c != '"' && c != '\'' && c != '\\';
        }
        if (plain) {
            return name;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : name.toCharArray()) {
            switch (c) {
                case '\\', '"' -> sb.append('\\').append(c);
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < ' ' || c >= 127) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** sdssplitargs(): words separated by spaces, double quotes with escapes, single quotes literal. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return out;
            }
            StringBuilder w = new StringBuilder();
            char c = line.charAt(i);
            if (c == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    c = line.charAt(i);
                    if (c == '\\' && i + 3 < n && line.charAt(i + 1) == 'x') {
                        int hex = Character.digit(line.charAt(i + 2), 16) << 4 | Character.digit(line.charAt(i + 3), 16);
                        if (hex < 0) {
                            return null;
                        }
                        w.append((char) hex);
                        i += 4;
                    } else if (c == '\\' && i + 1 < n) {
                        char e = line.charAt(i + 1);
                        w.append(switch (e) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            case 'b' -> '\b';
                            case 'a' -> (char) 7;
                            default -> e;
                        });
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        if (i < n && !Character.isWhitespace(line.charAt(i))) {
                            return null;
                        }
                        break;
                    } else {
                        w.append(c);
                        i++;
                    }
                }
            } else if (c == '\'') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    c = line.charAt(i);
                    if (c == '\\' && i + 1 < n && line.charAt(i + 1) == '\'') {
                        w.append('\'');
                        i += 2;
                    } else if (c == '\'') {
                        i++;
                        if (i < n && !Character.isWhitespace(line.charAt(i))) {
                            return null;
                        }
                        break;
                    } else {
                        w.append(c);
                        i++;
                    }
                }
            } else {
                while (i < n && !Character.isWhitespace(line.charAt(i))) {
                    w.append(line.charAt(i++));
                }
            }
            out.add(w.toString());
        }
    }
}
