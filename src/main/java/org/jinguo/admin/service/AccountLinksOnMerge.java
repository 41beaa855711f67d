package org.jinguo.admin.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jinguo.person.service.PersonMerge;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.security.UserAccount;

/**
 * When two records of one person are merged, a personal account (an executive member's, a volunteer's) linked
 * to the duplicate is linked to the kept record. Refused when both have an account: a person has at most one.
 */
@ApplicationScoped
public class AccountLinksOnMerge {

    @PersistenceContext
    EntityManager em;

    void relink(@Observes @Priority(300) PersonMerge merge) {
        List<UserAccount> accounts = em.createQuery("SELECT u FROM UserAccount u WHERE u.personId IN :people",
                UserAccount.class).setParameter("people", List.of(merge.keptId(), merge.duplicateId())).getResultList();
        if (accounts.size() > 1) {
            throw new BusinessRuleException("person.merge.twoAccounts", null, merge.duplicate().getName());
        }
        accounts.forEach(account -> account.linkTo(merge.keptId()));
    }
}
