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
import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.application.replication.FullSync;
import io.hexaredis.application.replication.Replicas;
import io.hexaredis.application.replication.Replication;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.application.dispatch.CommandTable;
import io.hexaredis.application.commands.StandardCommands;
import io.hexaredis.domain.keyspace.Keyspace;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.replication.ReplicationLog;
import io.hexaredis.domain.time.Clock;
import io.hexaredis.domain.persistence.SnapshotStore;
import java.io.ByteArrayInputStream;
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
    static Replicas replicas(ServerState server) {
        return new Replicas(server.clock(), server.outputBufferLimits());
    }

    @Provides
    @Singleton
    static Backlog backlog(ServerState server, Replicas replicas) {
        return new Backlog(replicas, server.config().getLong("repl-backlog-size"));
    }

    @Provides
    static ReplicationLog replicationLog(Backlog backlog) {
        return backlog;
    }

    @Provides
    @Singleton
    static Replication replication(ServerState server, Backlog backlog, Replicas replicas, Persistence persistence,
            SnapshotStore snapshots, ServerCron cron) {
        Replication replication = new Replication(server, backlog, replicas, new FullSync(persistence));
        replication.replica().setLoader(rdb -> snapshots.read(new ByteArrayInputStream(rdb), server.keyspace(), false));
        cron.add(replication::cron);
        cron.addBeforeSleep(replication::beforeSleep);
        return replication;
    }

    @Provides
    @Singleton
    static Propagator propagator(ReplicationLog log, CommandJournal journal) {
        return new Propagator(log, journal);
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
            PubSub pubsub, KeyspaceNotifier notifier, Replication replication) {
        return new CommandDispatcher(table, server, propagator, pubsub, notifier, replication);
    }

    @Provides
    @Singleton
    static ServerCron serverCron(ServerState server) {
        ServerCron cron = new ServerCron(server, new ActiveExpireCycle(server));
        cron.add(() -> server.stats().trackInstantaneousMetrics(server.clock().millis()));
        return cron;
    }
}
