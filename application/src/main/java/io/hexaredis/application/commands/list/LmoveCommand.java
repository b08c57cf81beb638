package io.hexaredis.application.commands.list;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.list.ListEnd;
import io.hexaredis.domain.list.RedisList;

/**
 * LMOVE source destination &lt;LEFT | RIGHT&gt; &lt;LEFT | RIGHT&gt;
 *
 * <p>Pops an element from one end of source and pushes it at one end of destination, atomically;
 * replies with the element, or nil when source is missing (destination is then not even looked
 * at). With source equal to destination the list rotates. A destination of another type is
 * WRONGTYPE and nothing moves. Redis: lmoveCommand() and lmoveGenericCommand() in t_list.c.
 */
final class LmoveCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("lmove", 5, CommandFlag.WRITE, CommandFlag.DENYOOM)
            .keys(1, 2, 1).group(CommandGroup.LIST).since("6.2.0")
            .syntax("source destination <LEFT | RIGHT> <LEFT | RIGHT>")
            .summary("Pop an element from a list, push it to another list and return it")
            .complexity("O(1)");

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        ListEnd from = ListType.position(call.arg(3));
        ListEnd to = ListType.position(call.arg(4));
        return move(call, from, to);
    }

    /** lmoveGenericCommand(): the body of LMOVE and RPOPLPUSH. */
    static Reply move(Call call, ListEnd from, ListEnd to) {
        byte[] src = call.arg(1);
        RedisList source = call.db().get(src, RedisList.class, call.now());
        if (source == null) {
            return Reply.NIL;
        }
        return Reply.bulk(ListType.move(call, src, source, call.arg(2), from, to));
    }
}
