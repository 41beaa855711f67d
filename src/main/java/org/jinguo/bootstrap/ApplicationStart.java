package org.jinguo.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.unit.service.UnitNameKeys;

/**
 * At deployment, after Flyway has migrated the schema: checks the key for ID-card numbers (the application
 * refuses to start in production without a proper {@code jinguo.crypto.key}), gives units saved before their
 * names had a pinyin key theirs ({@link UnitNameKeys}), and gives an empty database its first data ({@link FirstData}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ApplicationStart {

    @Inject
    FirstData firstData;

    @Inject
    FieldCipher cipher;

    @Inject
    UnitNameKeys unitNameKeys;

    @PostConstruct
    void prepare() {
        cipher.encrypt("check");
        unitNameKeys.fillMissing();
        firstData.prepare();
    }
}
