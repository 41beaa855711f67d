package org.jinguo.platform.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jinguo.platform.persistence.DatabaseMigration;
import org.jinguo.platform.sensitive.KeyCheck;

/**
 * Ready (at {@code /health/ready}) when the database answers, the schema was migrated by this deployment and the
 * configured key decrypts what is stored. Says which of the three fails and nothing else: no address, user, message
 * or version of the database, since the endpoint answers without signing in.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ReadinessCheck.class.getName());

    @Resource(lookup = "jdbc/jinguo")
    DataSource dataSource;

    @Inject
    KeyCheck keyCheck;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("jinguo");
        boolean database = databaseAnswers();
        boolean migrated = DatabaseMigration.schemaVersion() != null;
        boolean key = database && keyFits();
        return response.status(database && migrated && key)
                .withData("database", database ? "UP" : "DOWN")
                .withData("schema", migrated ? "MIGRATED" : "NOT_MIGRATED")
                .withData("key", !database ? "UNKNOWN" : key ? "FITS" : "WRONG_KEY")
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            LOG.log(Level.FINE, "readiness: the database does not answer", e);
            return false;
        }
    }

    private boolean keyFits() {
        try {
            return keyCheck.keyFits();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "readiness: the key check failed", e);
            return false;
        }
    }
}
