package org.jinguo.volunteer.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jinguo.person.model.Gender;
import org.jinguo.person.model.Person;
import org.jinguo.platform.audit.AuditActor;
import org.jinguo.platform.audit.AuditContext;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.scope.SystemScoped;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.PasswordPolicy;
import org.jinguo.platform.security.Passwords;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserAccount;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;
import org.jinguo.volunteer.model.Volunteer;

/**
 * The public sign-up page's service: nobody is signed in, so it looks past the unit scope, and it reads only
 * the list of communities and writes only the applicant's own records: her person record (or the one the
 * registry already has for her ID-card number), her volunteer record as an applicant for her community to
 * review, and her account for the volunteer portal. The audit trail names her new account as the actor.
 */
@Stateless
@SystemScoped
public class PublicSignUpService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserDirectory directory;

    @Inject
    Passwords passwords;

    @Inject
    FieldCipher cipher;

    /** A community or village to choose, labelled with its street or town. */
    public record CommunityOption(long id, String label) implements Serializable {
    }

    public List<CommunityOption> communities() {
        return em.createQuery("SELECT u FROM OrgUnit u JOIN FETCH u.parent p WHERE u.type IN :types "
                        + "ORDER BY p.nameKey, p.name, u.nameKey, u.name", OrgUnit.class)
                .setParameter("types", List.of(UnitType.COMMUNITY, UnitType.VILLAGE))
                .getResultList().stream()
                .map(u -> new CommunityOption(u.getId(), u.getParent().getName().replace("妇联", "") + " · "
                        + u.getName().replace("妇联", "")))
                .toList();
    }

    /** Her application; returns her volunteer record's id. */
    public long apply(@NotNull @Valid JoinForm form) {
        String username = form.getUsername().strip();
        AuditContext.bind(new AuditActor(username, null, currentCaller.clientAddress()));
        OrgUnit community = em.createQuery("SELECT u FROM OrgUnit u WHERE u.id = :id AND u.type IN :types", OrgUnit.class)
                .setParameter("id", form.getCommunityId())
                .setParameter("types", List.of(UnitType.COMMUNITY, UnitType.VILLAGE))
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleException("volunteer.join.community", "communityId"));
        String idCard = IdCardNumber.normalise(form.getIdCard());
        if (idCard == null || !IdCardNumber.isValid(idCard)) {
            throw new BusinessRuleException("person.idCard.invalid", "idCard");
        }
        if (directory.usernameTaken(username)) {
            throw new BusinessRuleException("user.username.taken", "username");
        }
        PasswordPolicy.violation(username, form.getPassword()).ifPresent(key -> {
            throw new BusinessRuleException(key, "password");
        });
        String name = form.getName().strip();
        Person person = registered(idCard).orElse(null);
        if (person != null) {
            if (!person.getName().equals(name)) {
                throw new BusinessRuleException("volunteer.join.mismatch", "idCard");
            }
            boolean known = !em.createQuery("SELECT v.id FROM Volunteer v WHERE v.person.id = :id", Long.class)
                    .setParameter("id", person.getId()).getResultList().isEmpty()
                    || !em.createQuery("SELECT u.id FROM UserAccount u WHERE u.personId = :id", Long.class)
                    .setParameter("id", person.getId()).getResultList().isEmpty();
            if (known) {
                throw new BusinessRuleException("volunteer.join.already", "idCard");
            }
        } else {
            person = new Person(name);
            person.setIdCard(cipher.encrypt(idCard), cipher.searchHash(idCard), Masks.idCard(idCard));
            person.setBirthDate(IdCardNumber.birthDate(idCard).orElse(null));
            person.setGender(IdCardNumber.isFemale(idCard) ? Gender.FEMALE : Gender.MALE);
            person.setPhone(form.getPhone().strip());
            person.assignTo(community);
            em.persist(person);
        }
        Volunteer volunteer = new Volunteer(person, true, Beijing.today());
        volunteer.assignTo(community);
        form.applyTo(volunteer);
        em.persist(volunteer);
        UserAccount account = new UserAccount(username, name, passwords.hash(form.getPassword()), EnumSet.of(Role.VOLUNTEER));
        account.assignTo(community);
        account.linkTo(person.getId());
        em.persist(account);
        em.flush();
        return volunteer.getId();
    }

    private Optional<Person> registered(String idCard) {
        return em.createQuery("SELECT p FROM Person p WHERE p.idCardHash = :hash", Person.class)
                .setParameter("hash", cipher.searchHash(idCard)).getResultStream().findFirst();
    }
}
