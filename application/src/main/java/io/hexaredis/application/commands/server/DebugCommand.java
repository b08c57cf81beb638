package io.hexaredis.application.commands.server;

import io.hexaredis.application.dispatch.Call;
import io.hexaredis.domain.command.Command;
import io.hexaredis.domain.command.CommandFlag;
import io.hexaredis.domain.command.CommandGroup;
import io.hexaredis.domain.command.CommandSpec;
import io.hexaredis.domain.command.Reply;
import io.hexaredis.domain.bytes.ByteStrings;
import java.nio.charset.StandardCharsets;

/**
 * DEBUG subcommand [arg ...]
 *
 * <p>Redis: debugCommand() in debug.c. Only what test suites and benchmarks use:
 * <ul>
 *   <li>DEBUG SLEEP seconds: blocks the whole server, as Redis does: the event loop thread
 *       sleeps, so no client is served meanwhile. Decimals are allowed; the number is read as
 *       strtod() reads it (a word that is not a number sleeps 0 seconds);
 *   <li>DEBUG SET-ACTIVE-EXPIRE 0|1: stops and restarts the cron's active expiry, so that only
 *       lazy expiry deletes keys;
 *   <li>DEBUG HELP.
 * </ul>
 * Other subcommands get Redis's unknown-subcommand error. Like Redis 7.0, DEBUG is refused unless
 * enable-debug-command allows it (yes, or local for clients on the loopback address): it can stop
 * the server.
 */
final class DebugCommand implements Command<Call> {

    private static final CommandSpec SPEC = CommandSpec.of("debug", -2, CommandFlag.ADMIN, CommandFlag.NOSCRIPT,
                    CommandFlag.LOADING, CommandFlag.STALE)
            .group(CommandGroup.SERVER).summary("A container for debugging commands")
            .complexity("Depends on subcommand.").since("1.0.0");

    static final String NOT_ALLOWED = "ERR DEBUG command not allowed. If the enable-debug-command option is set to "
            + "\"local\", you can run it from a local connection, otherwise you need to set this option in the "
            + "configuration file, and then restart the server.";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Reply execute(Call call) {
        if (!ProtectedAction.allowed(call.server().config().get("enable-debug-command"), call.session())) {
            return Reply.error(NOT_ALLOWED);
        }
        byte[] sub = call.arg(1);
        if (call.argc() == 2 && ByteStrings.equalsIgnoreCase(sub, "help")) {
            return HelpReply.of("DEBUG",
                    "SET-ACTIVE-EXPIRE <0|1>",
                    "    Setting it to 0 disables expiring keys in background when they are not",
                    "    accessed (otherwise the Redis behavior). Setting it to 1 reenables back the",
                    "    default.",
                    "SLEEP <seconds>",
                    "    Stop the server for <seconds>. Decimals allowed.");
        }
        if (call.argc() == 3 && ByteStrings.equalsIgnoreCase(sub, "sleep")) {
            sleep(strtod(text(call.arg(2))));
            return Reply.OK;
        }
        if (call.argc() == 3 && ByteStrings.equalsIgnoreCase(sub, "set-active-expire")) {
            call.server().setActiveExpireEnabled(atoi(text(call.arg(2))) != 0);
            return Reply.OK;
        }
        String shown = text(sub);
        return Reply.error("ERR unknown subcommand or wrong number of arguments for '"
                + (shown.length() > 128 ? shown.substring(0, 128) : shown) + "'. Try DEBUG HELP.");
    }

    private static void sleep(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            return;
        }
        long micros = (long) (seconds * 1_000_000);
        try {
            Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(byte[] arg) {
        return new String(arg, StandardCharsets.UTF_8);
    }

    /** strtod(): the longest prefix that is a decimal number, or 0. */
    static double strtod(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?").matcher(s);
        return m.find() ? Double.parseDouble(m.group().strip()) : 0;
    }

    /** atoi(): the longest prefix that is a decimal integer, or 0. */
    static long atoi(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*[+-]?\\d+").matcher(s);
        if (!m.find()) {
            return 0;
        }
        try {
            return Integer.parseInt(m.group().strip());
        } catch (NumberFormatException e) {
            return -1; // out of int range: some non-zero value, as the C library gives
        }
    }
}
