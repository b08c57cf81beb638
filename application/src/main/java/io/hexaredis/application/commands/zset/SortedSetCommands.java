package io.hexaredis.application.commands.zset;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import java.util.List;

/**
 * The sorted set group (t_zset.c), in the order of Redis's command table. The blocking pops
 * (BZMPOP, BZPOPMAX, BZPOPMIN) share their popping with the others in {@link ZpopGeneric}.
 */
public final class SortedSetCommands {

    private SortedSetCommands() {}

    public static List<Command<Call>> all() {
        return List.of(
                new BzmpopCommand(),
                new BzpopmaxCommand(),
                new BzpopminCommand(),
                new ZaddCommand(),
                new ZcardCommand(),
                new ZcountCommand(),
                new ZdiffCommand(),
                new ZdiffstoreCommand(),
                new ZincrbyCommand(),
                new ZinterCommand(),
                new ZintercardCommand(),
                new ZinterstoreCommand(),
                new ZlexcountCommand(),
                new ZmpopCommand(),
                new ZmscoreCommand(),
                new ZpopmaxCommand(),
                new ZpopminCommand(),
                new ZrandmemberCommand(),
                new ZrangeCommand(),
                new ZrangebylexCommand(),
                new ZrangebyscoreCommand(),
                new ZrangestoreCommand(),
                new ZrankCommand(),
                new ZremCommand(),
                new ZremrangebylexCommand(),
                new ZremrangebyrankCommand(),
                new ZremrangebyscoreCommand(),
                new ZrevrangeCommand(),
                new ZrevrangebylexCommand(),
                new ZrevrangebyscoreCommand(),
                new ZrevrankCommand(),
                new ZscanCommand(),
                new ZscoreCommand(),
                new ZunionCommand(),
                new ZunionstoreCommand());
    }
}
