package org.jinguo.childcare.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.jinguo.childcare.model.CaseMove;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.ClosureReason;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.sensitive.FieldCipher;

/**
 * Puts the case of a child who has turned 18 up for closure (年满十八岁): the supervisor then approves the closure.
 * Runs every night; birth dates are kept only encrypted, so it decrypts those of the open cases (a few dozen) in the
 * server and writes none of them anywhere. Each case is locked and read again before the move, so a run on a second
 * server moves nothing twice.
 */
@Stateless
@SystemScoped
public class TurningEighteen {

    private static final Logger LOG = Logger.getLogger(TurningEighteen.class.getName());
    private static final Set<CaseStatus> OPEN = EnumSet.complementOf(EnumSet.of(CaseStatus.CLOSURE_REQUESTED, CaseStatus.CLOSED));

    @PersistenceContext
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Schedule(hour = "1", minute = "7", persistent = false, info = "children's cases: turned 18")
    void nightly() {
        int moved = asOf(Beijing.today());
        if (moved > 0) {
            LOG.info("Put " + moved + " children's cases up for closure: turned 18");
        }
    }

    /** Moves the open cases of children who are 18 on {@code day}; returns how many. */
    public int asOf(LocalDate day) {
        AuditContext.bind(new AuditActor(CaseRegistry.ACTOR_SYSTEM, null, null));
        int moved = 0;
        List<Object[]> open = em.createQuery("SELECT c, i.birthDateCipher FROM ChildCase c, ChildIdentity i"
                + " WHERE i.caseId = c.id AND c.status IN :open", Object[].class).setParameter("open", OPEN).getResultList();
        for (Object[] row : open) {
            ChildCase c = (ChildCase) row[0];
            if (LocalDate.parse(cipher.decrypt((String) row[1])).plusYears(18).isAfter(day)) {
                continue;
            }
            em.lock(c, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(c);
            if (OPEN.contains(c.getStatus())) {
                em.persist(c.move(CaseMove.TURNED_18, CaseRegistry.ACTOR_SYSTEM, null));
                c.setClosureReason(ClosureReason.TURNED_18);
                moved++;
            }
        }
        em.flush();
        return moved;
    }
}
