package org.jinguo.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jinguo.platform.sensitive.FieldCipher;

/**
 * At deployment, after Flyway has migrated the schema: checks the key for ID-card numbers (the application
 * refuses to start in production without a proper {@code jinguo.crypto.key}) and gives an empty database
 * its first data ({@link FirstData}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ApplicationStart {

    @Inject
    FirstData firstData;

    @Inject
    FieldCipher cipher;

    @PostConstruct
    void prepare() {
        cipher.encrypt("check");
        firstData.prepare();
    }
}
