package io.hexaredis.bootstrap;

import dagger.BindsInstance;
import dagger.Component;
import io.hexaredis.domain.time.Clock;
import javax.inject.Singleton;

/**
 * The object graph of one server. Its modules, read in order, are the second table of contents of
 * the codebase: domain, application, then each adapter.
 */
@Singleton
@Component(modules = {DomainModule.class, ApplicationModule.class, RespModule.class, PersistenceModule.class,
        ReplicationModule.class})
public interface ServerComponent {

    RedisServer server();

    @Component.Factory
    interface Factory {
        ServerComponent create(@BindsInstance ServerConfig config, @BindsInstance Clock clock);
    }

    /** Builds a server from its configuration and the clock it runs on. */
    static RedisServer build(ServerConfig config, Clock clock) {
        return DaggerServerComponent.factory().create(config, clock).server();
    }
}
