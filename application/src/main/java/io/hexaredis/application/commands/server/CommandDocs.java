package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.application.dispatch.ContainerCommand;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What COMMAND DOCS answers about one command: its summary, version, group, complexity and the
 * tree of its arguments, which clients use for hints and completion.
 *
 * <p>Redis keeps the argument tree in each command's JSON file and replies it in
 * addReplyCommandDocs() (server.c). Here the tree is read from the synopsis in the command's spec,
 * written as Redis's documentation writes it:
 * <pre>
 *   key value [NX | XX] [GET] [EX seconds | PX milliseconds] [LIMIT offset count] key [key ...]
 * </pre>
 * <ul>
 *   <li>a lower-case word is an argument; its name gives its type: key, pattern, integer,
 *       double, unix-time or string;
 *   <li>an upper-case word is a token: alone it is a "pure-token" argument, followed by one
 *       argument it is that argument's token, followed by several it is a "block" named after it;
 *   <li>{@code [ ... ]} is optional, {@code < ... >} required; {@code a | b} inside makes a
 *       "oneof" of the alternatives;
 *   <li>{@code x [x ...]} marks x "multiple" (and "multiple_token" when x has its token
 *       repeated); several words repeated together become a "block".
 * </ul>
 * Names that Redis's JSON files choose by hand ("condition" for NX | XX) cannot be derived: a
 * oneof or block is named after its parts joined by "_", as Redis does where it has no better
 * name ("nosave_save", "score_member").
 */
final class CommandDocs {

    private CommandDocs() {}

    /** One argument of the tree. */
    static final class Arg {
        String name;
        String type;
        String token;
        boolean optional;
        boolean multiple;
        boolean multipleToken;
        final List<Arg> args = new ArrayList<>();

        Arg(String name, String type) {
            this.name = name;
            this.type = type;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(name).append(':').append(type);
            if (token != null) {
                s.append(" token=").append(token);
            }
            if (optional) {
                s.append(" optional");
            }
            if (multiple) {
                s.append(" multiple");
            }
            if (multipleToken) {
                s.append(" multiple_token");
            }
            if (!args.isEmpty()) {
                s.append(' ').append(args);
            }
            return s.toString();
        }
    }

    // ---- the COMMAND DOCS reply ----

    static Reply docs(Command<Call> command) {
        CommandSpec spec = command.spec();
        List<Reply> out = new ArrayList<>(List.of(
                Reply.bulk("summary"), Reply.bulk(spec.summary()),
                Reply.bulk("since"), Reply.bulk(spec.since()),
                Reply.bulk("group"), Reply.bulk(spec.group().word().replace('_', '-')),
                Reply.bulk("complexity"), Reply.bulk(spec.complexity())));
        List<Arg> args = parse(spec.syntax());
        if (!args.isEmpty()) {
            out.add(Reply.bulk("arguments"));
            out.add(replies(args));
        }
        if (command instanceof ContainerCommand container) {
            List<Reply> subs = new ArrayList<>();
            for (Command<Call> sub : container.subcommands().values()) {
                subs.add(Reply.bulk(sub.spec().name()));
                subs.add(docs(sub));
            }
            out.add(Reply.bulk("subcommands"));
            out.add(Reply.map(subs));
        }
        return Reply.map(out);
    }

    private static Reply replies(List<Arg> args) {
        List<Reply> out = new ArrayList<>(args.size());
        for (Arg a : args) {
            List<Reply> fields = new ArrayList<>(List.of(
                    Reply.bulk("name"), Reply.bulk(a.name), Reply.bulk("type"), Reply.bulk(a.type)));
            if (a.type.equals("key")) {
                fields.add(Reply.bulk("key_spec_index"));
                fields.add(Reply.ZERO);
            }
            if (a.token != null) {
                fields.add(Reply.bulk("token"));
                fields.add(Reply.bulk(a.token));
            }
            List<String> flags = new ArrayList<>();
            if (a.optional) {
                flags.add("optional");
            }
            if (a.multiple) {
                flags.add("multiple");
            }
            if (a.multipleToken) {
                flags.add("multiple_token");
            }
            if (!flags.isEmpty()) {
                fields.add(Reply.bulk("flags"));
                fields.add(CommandInfo.statusSet(flags));
            }
            if (!a.args.isEmpty()) {
                fields.add(Reply.bulk("arguments"));
                fields.add(replies(a.args));
            }
            out.add(Reply.map(fields));
        }
        return Reply.array(out);
    }

    // ---- reading the synopsis ----

    private sealed interface Node permits Word, Group {}

    private record Word(String text) implements Node {}

    private record Group(boolean optional, List<List<Node>> alternatives) implements Node {}

    /** The argument tree of a synopsis ("key value [NX | XX]"). */
    static List<Arg> parse(String syntax) {
        Parser p = new Parser(tokens(syntax));
        List<Node> items = new ArrayList<>();
        while (p.pos < p.tokens.size()) {
            items.addAll(p.sequence());
            if (p.pos < p.tokens.size()) {
                p.pos++; // a stray closing bracket or bar
            }
        }
        return convert(items);
    }

    private static List<String> tokens(String syntax) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < syntax.length()) {
            char c = syntax.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("[]<>|".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < syntax.length() && !Character.isWhitespace(syntax.charAt(i))
                        && "[]<>|".indexOf(syntax.charAt(i)) < 0) {
                    i++;
                }
                out.add(syntax.substring(start, i));
            }
        }
        return out;
    }

    private static final class Parser {
        final List<String> tokens;
        int pos;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        List<Node> sequence() {
            List<Node> items = new ArrayList<>();
            while (pos < tokens.size()) {
                String t = tokens.get(pos);
                if (t.equals("]") || t.equals(">") || t.equals("|")) {
                    break;
                }
                pos++;
                if (t.equals("[")) {
                    items.add(group(true, "]"));
                } else if (t.equals("<")) {
                    items.add(group(false, ">"));
                } else {
                    items.add(new Word(t));
                }
            }
            return items;
        }

        Group group(boolean optional, String close) {
            List<List<Node>> alternatives = new ArrayList<>();
            alternatives.add(sequence());
            while (pos < tokens.size() && tokens.get(pos).equals("|")) {
                pos++;
                alternatives.add(sequence());
            }
            if (pos < tokens.size() && tokens.get(pos).equals(close)) {
                pos++;
            }
            return new Group(optional, alternatives);
        }
    }

    private static boolean isToken(Node n) {
        return n instanceof Word w && w.text().matches("[A-Z][A-Z0-9_-]*");
    }

    /** {@code [x ...]}: an optional group whose only alternative ends with "...". */
    private static boolean isRepetition(Node n) {
        if (!(n instanceof Group g) || !g.optional() || g.alternatives().size() != 1) {
            return false;
        }
        List<Node> alt = g.alternatives().get(0);
        return !alt.isEmpty() && alt.get(alt.size() - 1) instanceof Word w && w.text().equals("...");
    }

    private static List<Arg> convert(List<Node> items) {
        List<Arg> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Node node = items.get(i);
            Node next = i + 1 < items.size() ? items.get(i + 1) : null;
            if (isRepetition(node)) {
                List<Node> alt = ((Group) node).alternatives().get(0);
                List<Node> repeated = alt.subList(0, alt.size() - 1);
                markRepeated(out, convert(repeated).size(), !repeated.isEmpty() && isToken(repeated.get(0)));
            } else if (node instanceof Word w && w.text().equals("...")) {
                markRepeated(out, 1, false);
            } else if (isToken(node)) {
                String token = ((Word) node).text();
                if (next instanceof Word arg && !isToken(arg) && !arg.text().equals("...")) {
                    Arg a = argument(arg.text());
                    a.token = token;
                    out.add(a);
                    i++;
                } else if (next instanceof Group g && !isRepetition(g)) {
                    Arg a = group(g);
                    a.token = token;
                    if (a.type.equals("oneof") || a.type.equals("block")) {
                        a.name = token.toLowerCase(Locale.ROOT);
                    }
                    out.add(a);
                    i++;
                } else {
                    Arg a = new Arg(token.toLowerCase(Locale.ROOT), "pure-token");
                    a.token = token;
                    out.add(a);
                }
            } else if (node instanceof Word w) {
                out.add(argument(w.text()));
            } else {
                out.add(group((Group) node));
            }
        }
        return out;
    }

    /** The last {@code count} arguments repeat: one becomes multiple, several a multiple block. */
    private static void markRepeated(List<Arg> out, int count, boolean withToken) {
        if (count == 0 || out.size() < count) {
            return;
        }
        if (count == 1) {
            Arg last = out.get(out.size() - 1);
            last.multiple = true;
            last.multipleToken = withToken && last.token != null;
            return;
        }
        List<Arg> parts = out.subList(out.size() - count, out.size());
        Arg block = block(new ArrayList<>(parts));
        block.multiple = true;
        parts.clear();
        out.add(block);
    }

    private static Arg group(Group g) {
        Arg a;
        if (g.alternatives().size() > 1) {
            List<Arg> choices = new ArrayList<>();
            for (List<Node> alt : g.alternatives()) {
                choices.add(alternative(alt));
            }
            a = new Arg(joinedNames(choices), "oneof");
            a.args.addAll(choices);
        } else {
            a = alternative(g.alternatives().get(0));
        }
        if (g.optional()) {
            a.optional = true;
        }
        return a;
    }

    private static Arg alternative(List<Node> seq) {
        List<Arg> args = convert(seq);
        if (args.size() == 1) {
            return args.get(0);
        }
        if (!seq.isEmpty() && isToken(seq.get(0)) && !args.isEmpty()
                && args.get(0).token != null && !args.get(0).type.equals("pure-token")) {
            String token = ((Word) seq.get(0)).text();
            Arg block = new Arg(token.toLowerCase(Locale.ROOT), "block");
            block.token = token;
            block.args.addAll(convert(seq.subList(1, seq.size())));
            return block;
        }
        return block(args);
    }

    private static Arg block(List<Arg> parts) {
        Arg block = new Arg(joinedNames(parts), "block");
        block.args.addAll(parts);
        return block;
    }

    private static String joinedNames(List<Arg> args) {
        List<String> names = new ArrayList<>();
        for (Arg a : args) {
            names.add(a.name);
        }
        return String.join("_", names);
    }

    private static final Set<String> KEYS = Set.of("key", "newkey", "destination", "source");
    private static final Set<String> INTEGERS = Set.of("count", "seconds", "milliseconds", "index", "start",
            "end", "stop", "offset", "db", "index1", "index2", "port", "numkeys", "numreplicas", "decrement",
            "increment", "len", "length", "rank", "maxlen", "ttl", "bit", "pivot-index", "numsecs", "id-number",
            "connection-id", "microseconds", "number");
    private static final Set<String> DOUBLES = Set.of("score", "timeout", "min-score", "max-score",
            "longitude", "latitude", "radius", "width", "height");

    /** A named argument, its type guessed from its name the way Redis's JSON files name them. */
    private static Arg argument(String name) {
        String type;
        if (KEYS.contains(name)) {
            type = "key";
        } else if (name.equals("pattern")) {
            type = "pattern";
        } else if (name.startsWith("unix-time")) {
            type = "unix-time";
        } else if (INTEGERS.contains(name)) {
            type = "integer";
        } else if (DOUBLES.contains(name)) {
            type = "double";
        } else {
            type = "string";
        }
        return new Arg(name, type);
    }
}
