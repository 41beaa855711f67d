package org.jinguo.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.KeyCheck;
import org.jinguo.platform.sensitive.KeyRotation;
import org.jinguo.unit.service.UnitNameKeys;

/**
 * At deployment, after Flyway has migrated the schema: checks the key for ID-card numbers (the application
 * refuses to start in production without a proper {@code jinguo.crypto.key}), re-encrypts what the previous key
 * encrypted when a rotation is under way ({@link KeyRotation}), says so loudly when the key is not the database's,
 * gives units saved before their
 * names had a pinyin key theirs ({@link UnitNameKeys}), and gives an empty database its first data ({@link FirstData}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class ApplicationStart {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ApplicationStart.class.getName());

    @Inject
    FirstData firstData;

    @Inject
    FieldCipher cipher;

    @Inject
    UnitNameKeys unitNameKeys;

    @Inject
    KeyRotation keyRotation;

    @Inject
    KeyCheck keyCheck;

    @PostConstruct
    void prepare() {
        cipher.encrypt("check");
        if (cipher.rotating()) {
            keyRotation.rotate();
        }
        if (!keyCheck.keyFits()) {
            // not ready (/health/ready says WRONG_KEY): the stored ID-card numbers and children's identities cannot be read
            LOG.severe("jinguo.crypto.key is not the key this database's values were encrypted with: set the right key,"
                    + " or the new one with the old one as jinguo.crypto.previous-key (docs/operations.md, Rotating the key)");
        }
        unitNameKeys.fillMissing();
        firstData.prepare();
    }
}
