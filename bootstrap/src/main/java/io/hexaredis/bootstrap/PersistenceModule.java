package io.hexaredis.bootstrap;

import dagger.Module;
import dagger.Provides;
import io.hexaredis.adapter.persistence.aof.AofJournal;
import io.hexaredis.adapter.persistence.rdb.RdbSnapshotStore;
import io.hexaredis.application.config.Config;
import io.hexaredis.application.cron.ServerCron;
import io.hexaredis.application.persistence.Persistence;
import io.hexaredis.application.server.ServerState;
import io.hexaredis.domain.persistence.CommandJournal;
import io.hexaredis.domain.persistence.SnapshotStore;
import io.hexaredis.domain.time.Clock;
import javax.inject.Singleton;

/**
 * The persistence adapter's bindings: the RDB snapshot store, the AOF journal, and the application
 * service that drives them: registered with the cron and the event loop's beforeSleep, reachable
 * from the server state for the commands and INFO, recording its saves there (LASTSAVE), and
 * installed as the server's shutdown preparation (SHUTDOWN's final save).
 */
@Module
final class PersistenceModule {

    private PersistenceModule() {}

    @Provides
    @Singleton
    static SnapshotStore snapshotStore(Config config, Clock clock) {
        return new RdbSnapshotStore(config, clock);
    }

    @Provides
    @Singleton
    static CommandJournal commandJournal(Config config, SnapshotStore snapshots) {
        return new AofJournal(config, snapshots);
    }

    @Provides
    @Singleton
    static Persistence persistence(ServerState server, SnapshotStore snapshots, CommandJournal journal, ServerCron cron) {
        Persistence persistence = new Persistence(server.config(), server.keyspace(), server.clock(), snapshots, journal);
        server.setPersistence(persistence);
        persistence.onSave(server::saved);
        server.setShutdownPreparation(request -> persistence.prepareForShutdown(request.save(), request.noSave(), request.force()));
        cron.add(persistence::serverCron);
        cron.addBeforeSleep(persistence::beforeSleep);
        return persistence;
    }
}
