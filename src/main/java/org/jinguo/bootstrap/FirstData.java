package org.jinguo.bootstrap;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.jinguo.platform.config.Settings;
import org.jinguo.platform.ops.JobClaim;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.Passwords;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;

/**
 * What an empty database receives at the first start. The demo, when it is on, observes {@link EmptyDatabase}
 * and loads the demo district with its accounts; otherwise the database gets only the district unit and one
 * bootstrap administrator who must change her password at first sign-in. A database that already has users
 * is left alone.
 */
@Stateless
@SystemScoped
public class FirstData {

    private static final Logger LOG = Logger.getLogger(FirstData.class.getName());

    /** The name of the district unit a production database starts with. */
    public static final String DISTRICT = "江北区妇联";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Settings settings;

    @Inject
    Event<EmptyDatabase> emptyDatabase;

    @Inject
    JobClaim jobClaim;

    /** The claim in scheduled_run that lets one server fill the empty database. */
    static final String JOB = "first-data";
    static final String SLOT = "once";

    /**
     * Fills an empty database once, however many servers start on it at the same moment: the first to claim the job
     * fills it, the others leave it (and serve what it wrote once it is committed). If filling fails, the claim is
     * given back, so that the next start tries again.
     */
    public void prepare() {
        if (hasUsers() || !jobClaim.claim(JOB, SLOT)) {
            return;
        }
        try {
            emptyDatabase.fire(new EmptyDatabase());
            if (!hasUsers()) {
                createBootstrapAdministrator();
            }
        } catch (RuntimeException e) {
            jobClaim.release(JOB, SLOT);
            throw e;
        }
        jobClaim.finished(JOB, SLOT, "filled");
    }

    private boolean hasUsers() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult() > 0;
    }

    private void createBootstrapAdministrator() {
        OrgUnit district = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    OrgUnit unit = new OrgUnit(DISTRICT, UnitType.DISTRICT);
                    em.persist(unit);
                    unit.placeUnder(null);
                    return unit;
                });
        Optional<String> configured = settings.bootstrapAdminPassword();
        String password = configured.orElseGet(FirstData::randomPassword);
        UserAccount admin = new UserAccount(settings.bootstrapAdminUsername(), "系统管理员", passwords.hash(password),
                EnumSet.of(Role.DISTRICT_ADMIN));
        admin.assignTo(district);
        admin.setMustChangePassword(true);
        em.persist(admin);
        if (configured.isPresent()) {
            LOG.info(() -> "Bootstrap administrator '" + admin.getUsername()
                    + "' created with the configured password; it must be changed at first sign-in.");
        } else {
            LOG.warning(() -> "Bootstrap administrator '" + admin.getUsername() + "' created with the one-time password "
                    + password + " (set jinguo.bootstrap-admin.password to choose it); it must be changed at first sign-in.");
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder("J#9");
        for (int i = 0; i < 14; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
