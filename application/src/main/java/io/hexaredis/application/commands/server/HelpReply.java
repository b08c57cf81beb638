package io.hexaredis.application.commands.server;

import io.hexaredis.domain.command.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply of a container's HELP subcommand: a title line, two lines per subcommand, and the
 * HELP entry, each a status line. Redis: addReplyHelp() in networking.c.
 */
final class HelpReply {

    private HelpReply() {}

    static Reply of(String command, String... lines) {
        List<Reply> out = new ArrayList<>(lines.length + 3);
        out.add(Reply.status(command + " <subcommand> [<arg> [value] [opt] ...]. Subcommands are:"));
        for (String line : lines) {
            out.add(Reply.status(line));
        }
        out.add(Reply.status("HELP"));
        out.add(Reply.status("    Prints this help."));
        return Reply.array(out);
    }
}
