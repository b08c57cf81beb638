package io.hexaredis.bootstrap;

import dagger.Module;
import dagger.Provides;
import io.hexaredis.application.config.Config;
import io.hexaredis.application.cron.ActiveExpireCycle;
import io.hexaredis.application.cron.ServerCron;
import io.hexaredis.application.server.Clients;
import io.hexaredis.application.dispatch.CommandDispatcher;
import io.hexaredis.application.server.KeyspaceNotifier;
import io.hexaredis.application.dispatch.Propagator;
import io.hexaredis.application.pubsub.KeyspaceEvents;
import io.hexaredis.application.pubsub.PubSub;
import io.hexaredis.application.replication.Backlog;
import io.hexaredis.application.replication.Replicas;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.application.dispatch.CommandTable;
import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.replication.ReplicationLog;
import io.hexaredis.domain.time.Clock;
import javax.inject.Singleton;

/** The application's bindings: state, the command table, dispatch, propagation and the cron. */
@Module
final class ApplicationModule {

    private ApplicationModule() {}

    @Provides
    static Config config(ServerConfig serverConfig) {
        return serverConfig.config();
    }

    @Provides
    @Singleton
    static ServerState serverState(Config config, Keyspace keyspace, Clock clock) {
        return new ServerState(config, keyspace, new Clients(), clock);
    }

    @Provides
    @Singleton
    static CommandTable commandTable() {
        return StandardCommands.table();
    }

    @Provides
    @Singleton
    static ReplicationLog replicationLog(ServerState server) {
        return new Backlog(new Replicas(server.clock(), server.outputBufferLimits()),
                server.config().getLong("repl-backlog-size"));
    }

    @Provides
    @Singleton
    static Propagator propagator(ReplicationLog log) {
        return new Propagator(log);
    }

    @Provides
    @Singleton
    static PubSub pubsub(ServerState server) {
        return new PubSub(server.outputBufferLimits(), server.clock()::millis);
    }

    @Provides
    @Singleton
    static KeyspaceNotifier keyspaceNotifier(PubSub pubsub, Config config) {
        return new KeyspaceEvents(pubsub, config);
    }

    @Provides
    @Singleton
    static CommandDispatcher dispatcher(CommandTable table, ServerState server, Propagator propagator,
            PubSub pubsub, KeyspaceNotifier notifier) {
        return new CommandDispatcher(table, server, propagator, pubsub, notifier);
    }

    @Provides
    @Singleton
    static ServerCron serverCron(ServerState server) {
        ServerCron cron = new ServerCron(server, new ActiveExpireCycle(server));
        cron.add(() -> server.stats().trackInstantaneousMetrics(server.clock().millis()));
        return cron;
    }
}
