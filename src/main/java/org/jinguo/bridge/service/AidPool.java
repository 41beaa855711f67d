package org.jinguo.bridge.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.bridge.model.AidKind;
import org.jinguo.bridge.model.Donation;
import org.jinguo.bridge.model.HardshipReason;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.SystemScoped;

/**
 * The district's pool of donations (爱心资源池): what every donation still holds, whichever federation received it, so a
 * community's staff give aid out of a donation the district received. It reads donations (donors' names, amounts, no
 * personal data of the families) and takes out of one under its row lock, never past what it holds and never for a
 * family outside the hardship it is restricted to. Callers have checked their permission on the family.
 */
@Stateless
@SystemScoped
public class AidPool {

    @PersistenceContext
    EntityManager em;

    /** A donation that still holds something, to give out of. */
    public record Available(long id, String donorName, AidKind kind, String item, String measure, BigDecimal remaining,
                            HardshipReason restrictedTo) implements Serializable {
    }

    public List<Available> available() {
        return em.createQuery("SELECT d FROM Donation d JOIN FETCH d.donor WHERE d.remaining > 0 ORDER BY d.receivedOn, d.id",
                        Donation.class).setMaxResults(500).getResultList().stream()
                .map(d -> new Available(d.getId(), d.getDonor().getName(), d.getKind(), d.getItem(), d.getMeasure(),
                        d.getRemaining(), d.getRestrictedTo())).toList();
    }

    /**
     * Takes aid out of a donation for a family with these reasons: the donation's row locked, its kind the aid's,
     * its restriction one of her reasons, never past what it holds.
     */
    public void take(long donationId, AidKind kind, BigDecimal quantity, Set<HardshipReason> reasons) {
        Donation donation = em.find(Donation.class, donationId, LockModeType.PESSIMISTIC_WRITE);
        if (donation == null) {
            throw new RecordNotFoundException();
        }
        if (donation.getKind() != kind) {
            throw new BusinessRuleException("aid.kindMismatch", "donation");
        }
        if (donation.getRestrictedTo() != null && !reasons.contains(donation.getRestrictedTo())) {
            throw new BusinessRuleException("aid.restricted", "donation", donation.getRestrictedTo());
        }
        donation.take(quantity);
    }

    /** Donors' names and what each donation is, by donation id: a family's aid history names where it came from. */
    public Map<Long, Available> describe(Collection<Long> donationIds) {
        Map<Long, Available> found = new HashMap<>();
        if (!donationIds.isEmpty()) {
            em.createQuery("SELECT d FROM Donation d JOIN FETCH d.donor WHERE d.id IN :ids", Donation.class)
                    .setParameter("ids", donationIds).getResultList()
                    .forEach(d -> found.put(d.getId(), new Available(d.getId(), d.getDonor().getName(), d.getKind(),
                            d.getItem(), d.getMeasure(), d.getRemaining(), d.getRestrictedTo())));
        }
        return found;
    }

    /** How many families each donation helped, wherever they live (counts only). */
    public Map<Long, Long> familiesHelped(Collection<Long> donationIds) {
        Map<Long, Long> helped = new HashMap<>();
        if (!donationIds.isEmpty()) {
            em.createQuery("SELECT g.donationId, COUNT(DISTINCT g.family.id) FROM AidGrant g WHERE g.donationId IN :ids "
                            + "GROUP BY g.donationId", Object[].class).setParameter("ids", donationIds).getResultList()
                    .forEach(r -> helped.put((Long) r[0], (Long) r[1]));
        }
        return helped;
    }
}
