package io.hexaredis.bootstrap;

import dagger.Module;
import dagger.Provides;
import io.hexaredis.adapter.replication.replica.MasterLink;
import io.hexaredis.adapter.resp.nio.EventLoop;
import io.hexaredis.application.replication.MasterConnector;
import io.hexaredis.domain.time.Clock;
import javax.inject.Singleton;

/**
 * The replication adapter's bindings: the link a replica opens to its master, which reports back
 * through the event loop's task queue.
 */
@Module
final class ReplicationModule {

    private ReplicationModule() {}

    @Provides
    @Singleton
    static MasterConnector masterConnector(EventLoop loop, Clock clock) {
        return new MasterLink(loop::execute, clock);
    }
}
