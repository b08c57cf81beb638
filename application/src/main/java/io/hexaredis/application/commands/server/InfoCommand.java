package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.bytes.ByteStrings;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

/**
 * INFO [section [section ...]]
 *
 * <p>Redis: infoCommand() and genRedisInfoString() in server.c. Without arguments, the default
 * sections; "all" adds commandstats, "everything" also the modules' own sections (there are no
 * modules), "default" names the default ones; other words name one section each, and an unknown
 * name adds nothing. The text is {@code name:value} lines under {@code # Section} headers, with
 * "\r\n" line endings and a blank line between sections; RESP3 clients get it as a verbatim
 * string of format "txt". See {@link InfoSections} for the fields.
 */
final class InfoCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("info", -1, CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).syntax("[section [section ...]]")
            .summary("Get information and statistics about the server").since("1.0.0");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        Set<InfoSections.Section> sections = EnumSet.noneOf(InfoSections.Section.class);
        if (call.argc() == 1) {
            sections.addAll(InfoSections.Section.DEFAULT);
        }
        for (int i = 1; i < call.argc(); i++) {
            byte[] word = call.arg(i);
            if (ByteStrings.equalsIgnoreCase(word, "all") || ByteStrings.equalsIgnoreCase(word, "everything")) {
                sections.addAll(EnumSet.allOf(InfoSections.Section.class));
            } else if (ByteStrings.equalsIgnoreCase(word, "default")) {
                sections.addAll(InfoSections.Section.DEFAULT);
            } else {
                InfoSections.Section s = InfoSections.Section.named(ByteStrings.lowerAscii(word));
                if (s != null) {
                    sections.add(s);
                }
            }
        }
        String text = InfoSections.generate(call.server(), call.pubsub(), call.replication(), sections);
        return new Reply.Verbatim("txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
