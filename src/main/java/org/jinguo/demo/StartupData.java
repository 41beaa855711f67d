package org.jinguo.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jinguo.platform.sensitive.FieldCipher;

/** After the schema is migrated, gives an empty database its first data ({@link InitialData}). */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class StartupData {

    @Inject
    InitialData initialData;

    @Inject
    FieldCipher cipher;

    @PostConstruct
    void prepare() {
        cipher.encrypt("check"); // refuses to start without a proper jinguo.crypto.key in production
        initialData.prepare();
    }
}
