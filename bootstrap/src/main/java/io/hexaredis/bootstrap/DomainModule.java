package io.hexaredis.bootstrap;

import dagger.Module;
import dagger.Provides;
import io.hexaredis.domain.keyspace.Databases;
import io.hexaredis.domain.keyspace.Keyspace;
import javax.inject.Singleton;

/** The domain's bindings: the keyspace. The clock comes in through the component's factory. */
@Module
final class DomainModule {

    private DomainModule() {}

    @Provides
    @Singleton
    static Keyspace keyspace(ServerConfig config) {
        return new Databases(config.config().getInt("databases"));
    }
}
