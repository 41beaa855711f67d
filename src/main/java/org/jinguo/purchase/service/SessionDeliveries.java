package org.jinguo.purchase.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Delivery;
import org.jinguo.purchase.model.Programme;
import org.jinguo.purchase.model.ServiceContract;

/**
 * Deliveries that other work records for a contract: a counselling session of the children's care project held
 * under a purchase of counselling is one of that contract's deliveries, in hours, so that the contract's progress
 * comes from the sessions themselves. The contract usually belongs to the district, above the caseworker's street, so
 * this reads past the caller's scope; its callers check their own permission on what they record first. The same
 * rules hold as for a delivery recorded by hand (open, within period, quantity and budget).
 */
@Stateless
@SystemScoped
public class SessionDeliveries {

    @PersistenceContext
    EntityManager em;

    /** A contract a series may be delivered under. */
    public record ContractChoice(long id, String title, String providerName, LocalDate startsOn, LocalDate endsOn)
            implements Serializable {
    }

    /** The open contracts of the children's care programme that cover a case at {@code casePath} (its unit or above). */
    public List<ContractChoice> childcareContracts(String casePath) {
        return em.createQuery("SELECT c FROM ServiceContract c JOIN FETCH c.provider WHERE c.programme = :p AND c.status = :s"
                        + " ORDER BY c.startsOn DESC", ServiceContract.class)
                .setParameter("p", Programme.CHILDCARE).setParameter("s", ContractStatus.OPEN).getResultList().stream()
                .filter(c -> casePath.startsWith(c.getUnitPath()))
                .map(c -> new ContractChoice(c.getId(), c.getTitle(), c.getProvider().getName(), c.getStartsOn(), c.getEndsOn()))
                .toList();
    }

    /** Whether the contract is one a case at {@code casePath} may be served under. */
    public boolean covers(long contractId, String casePath) {
        return childcareContracts(casePath).stream().anyMatch(c -> c.id() == contractId);
    }

    /** Records {@code hours} delivered on {@code on} at {@code place}; returns the delivery's id. */
    public long record(long contractId, LocalDate on, String place, int hours, String recordedBy, String note) {
        ServiceContract contract = em.find(ServiceContract.class, contractId);
        if (contract == null) {
            throw new RecordNotFoundException();
        }
        BigDecimal amount = ContractService.checkedAmount(em, contract, on, hours, null);
        Delivery delivery = new Delivery(contract, on, place, null, hours, 1, amount, note, recordedBy, List.of());
        em.persist(delivery);
        em.flush();
        return delivery.getId();
    }
}
