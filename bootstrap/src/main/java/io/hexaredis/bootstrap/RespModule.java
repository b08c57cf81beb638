package io.hexaredis.bootstrap;

import dagger.Module;
import dagger.Provides;
import io.hexaredis.adapter.resp.codec.RespLimits;
import io.hexaredis.adapter.resp.nio.EventLoop;
import io.hexaredis.application.cron.ServerCron;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.server.ServerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.inject.Singleton;

/** The driving adapter's bindings: the RESP limits and the event loop. */
@Module
final class RespModule {

    private RespModule() {}

    @Provides
    @Singleton
    static EventLoop eventLoop(ServerState server, CommandDispatcher dispatcher, ServerCron cron) {
        try {
            return new EventLoop(server, dispatcher, cron,
                    new RespLimits(server.config().getLong("proto-max-bulk-len")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
