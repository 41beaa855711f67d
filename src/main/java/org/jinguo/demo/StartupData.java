package org.jinguo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** After the schema is migrated, gives an empty database its first data ({@link InitialData}). */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class StartupData {

    @Inject
    InitialData initialData;

    @PostConstruct
    void prepare() {
        initialData.prepare();
    }
}
