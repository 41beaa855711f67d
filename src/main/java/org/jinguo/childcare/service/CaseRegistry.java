package org.jinguo.childcare.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.childcare.model.CaseEvent;
import org.jinguo.childcare.model.CaseStatus;
import org.jinguo.childcare.model.ChildCase;
import org.jinguo.childcare.model.ChildCategory;
import org.jinguo.childcare.model.ChildIdentity;
import org.jinguo.childcare.model.Guardian;
import org.jinguo.childcare.model.RiskLevel;
import org.jinguo.childcare.model.TeamMember;
import org.jinguo.childcare.model.TeamRole;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.unit.model.OrgUnit;

/**
 * The children's cases a user may see and their registration. A supervisor lists every case of her reach; a
 * caseworker or counsellor only the cases she is on the team of. Lists carry the pseudonym, never an identity; a
 * child is found by her real name only by its keyed hash, and only among the cases whose identity the searcher may
 * see. Registering keeps the identity apart, encrypted, and puts the registering caseworker on the team.
 */
@Stateless
@ScopedToCaller
public class CaseRegistry {

    /** Days from registration within which the intake assessment is due. */
    static final int ASSESSMENT_DAYS = 14;
    static final String ACTOR_SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FieldCipher cipher;

    @Inject
    TeamDirectory directory;

    /** A case in a list: no identity, no notes. */
    public record CaseRow(long id, String caseNo, String pseudonym, ChildCategory category, String unitName,
                          CaseStatus status, RiskLevel risk, LocalDate nextDue, boolean overdue, String caseworkers)
            implements Serializable {
    }

    public long register(@NotNull @Valid RegistrationForm form) {
        Caller caller = currentCaller.require();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        boolean supervisor = caller.can(Permission.CHILD_CASE_SUPERVISE, unit.getPath());
        if (!supervisor && !caller.can(Permission.CHILD_CASE_WORK, unit.getPath())) {
            throw new AccessDeniedException();
        }
        LocalDate today = Beijing.today();
        if (Period.between(form.getBirthDate(), form.getRegisteredOn()).getYears() >= 18) {
            throw new BusinessRuleException("case.notEligible", "birthDate");
        }
        String idCard = null;
        if (blankToNull(form.getIdCard()) != null) {
            idCard = IdCardNumber.normalise(form.getIdCard());
            if (!IdCardNumber.isValid(idCard)) {
                throw new BusinessRuleException("case.idCard.invalid", "idCard");
            }
        }
        if (form.getGuardians().stream().anyMatch(g -> !g.isBlank() && g.getRelation() == null)) {
            throw new BusinessRuleException("case.guardian.relation", "guardians");
        }
        long caseworker = supervisor ? requireCaseworker(form.getCaseworkerId(), unit.getPath()) : caller.userId();
        ChildCase childCase = new ChildCase("ET", form.getPseudonym().strip(), form.getCategory(),
                form.getQualifyingFacts().strip(), form.getRegisteredOn());
        childCase.assignTo(unit);
        childCase.setGender(form.getGender());
        childCase.setReferredBy(blankToNull(form.getReferredBy()));
        childCase.setAssessmentDue(form.getRegisteredOn().plusDays(ASSESSMENT_DAYS));
        childCase.addMember(caseworker, TeamRole.CASEWORKER);
        em.persist(childCase);
        childCase.numberAs(ChildCase.numberIn(today.getYear(), childCase.getId()));
        em.flush(); // the records below refer to the case by its id alone, so it is written first
        ChildIdentity identity = new ChildIdentity(childCase.getId());
        fill(identity, form, idCard);
        em.persist(identity);
        em.persist(CaseEvent.registered(childCase, caller.username()));
        em.flush();
        return childCase.getId();
    }

    private void fill(ChildIdentity identity, RegistrationForm form, String idCard) {
        String name = form.getRealName().strip();
        identity.setName(cipher.encrypt(name), cipher.searchHash(name));
        identity.setIdCard(cipher.encrypt(idCard), cipher.searchHash(idCard));
        identity.setBirthDateCipher(cipher.encrypt(form.getBirthDate().toString()));
        identity.setAddressCipher(cipher.encrypt(blankToNull(form.getAddress())));
        identity.setSchoolCipher(cipher.encrypt(blankToNull(form.getSchool())));
        identity.setGuardians(form.getGuardians().stream().filter(g -> !g.isBlank()).map(g -> new Guardian(g.getRelation(),
                cipher.encrypt(g.getName().strip()), cipher.encrypt(blankToNull(g.getPhone())))).toList());
    }

    private long requireCaseworker(Long userId, String casePath) {
        if (userId == null) {
            throw new BusinessRuleException("case.caseworker.required", "caseworker");
        }
        if (!directory.mayJoin(userId, casePath, TeamRole.CASEWORKER)) {
            throw new BusinessRuleException("case.team.notEligible", "caseworker");
        }
        return userId;
    }

    /** The caseworkers a supervisor may put on a case of the unit (none for a caseworker, who registers for herself). */
    public List<TeamDirectory.Member> caseworkersFor(long unitId) {
        Caller caller = currentCaller.require();
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, unitId);
        if (!caller.can(Permission.CHILD_CASE_SUPERVISE, unit.getPath())) {
            return List.of();
        }
        return directory.candidates(unit.getPath(), TeamRole.CASEWORKER);
    }

    public List<CaseRow> list(@NotNull @Valid CaseFilter filter, int first, int max) {
        Caller caller = currentCaller.require();
        List<ChildCase> cases = conditions(caller, filter).list(em, "SELECT c FROM ChildCase c JOIN FETCH c.unit",
                " ORDER BY c.registeredOn DESC, c.id DESC", ChildCase.class, first, max);
        Set<Long> users = new HashSet<>();
        cases.forEach(c -> c.getTeam().forEach(m -> users.add(m.userId())));
        Map<Long, String> names = directory.names(users);
        LocalDate today = Beijing.today();
        return cases.stream().map(c -> new CaseRow(c.getId(), c.getCaseNo(), c.getPseudonym(), c.getCategory(),
                c.getUnit().getName(), c.getStatus(), c.getRisk(), c.nextDue(),
                c.nextDue() != null && c.nextDue().isBefore(today),
                String.join("、", c.getTeam().stream().filter(m -> m.role() == TeamRole.CASEWORKER)
                        .map(TeamMember::userId).map(id -> names.getOrDefault(id, "")).toList()))).toList();
    }

    public long count(@NotNull @Valid CaseFilter filter) {
        return conditions(currentCaller.require(), filter).count(em, "SELECT COUNT(c) FROM ChildCase c");
    }

    private Conditions conditions(Caller caller, CaseFilter filter) {
        boolean supervises = caller.can(Permission.CHILD_CASE_SUPERVISE);
        if (!supervises && !caller.can(Permission.CHILD_CASE_WORK) && !caller.can(Permission.CHILD_SESSIONS)) {
            throw new AccessDeniedException();
        }
        Conditions where = new Conditions();
        if (!supervises) {
            where.add("c.id IN (SELECT t.id FROM ChildCase t JOIN t.team m WHERE m.userId = :me)", "me", caller.userId());
        }
        where.addIf(Like.given(filter.getText()), "(c.pseudonym LIKE :text" + Like.ESCAPE + " OR c.caseNo LIKE :text"
                + Like.ESCAPE + ")", "text", () -> Like.containing(filter.getText()));
        if (blankToNull(filter.getRealName()) != null) {
            if (supervises || caller.can(Permission.CHILD_CASE_WORK)) {
                where.add("c.id IN (SELECT i.caseId FROM ChildIdentity i WHERE i.nameHash = :nameHash)", "nameHash",
                        cipher.searchHash(filter.getRealName().strip()));
                if (!supervises) { // a caseworker sees identities only as caseworker, not as counsellor
                    where.add("c.id IN (SELECT w.id FROM ChildCase w JOIN w.team k WHERE k.userId = :worker"
                            + " AND k.role = org.jinguo.childcare.model.TeamRole.CASEWORKER)", "worker", caller.userId());
                }
            } else {
                where.addIf(true, "1 = 0");
            }
        }
        where.addIf(filter.getCategory() != null, "c.category = :category", "category", filter::getCategory);
        where.addIf(filter.getRisk() != null, "c.risk = :risk", "risk", filter::getRisk);
        where.addIf(filter.getStatus() != null, "c.status = :status", "status", filter::getStatus);
        if (filter.getUnitId() != null) {
            OrgUnit unit = Scoped.byId(em, OrgUnit.class, filter.getUnitId());
            where.add("c.unitPath LIKE :unitPath", "unitPath", unit.getPath() + "%");
        }
        if (filter.isDueOnly()) {
            where.add("((c.status = org.jinguo.childcare.model.CaseStatus.REGISTERED AND c.assessmentDue <= :due)"
                    + " OR (c.status IN (org.jinguo.childcare.model.CaseStatus.ACTIVE, org.jinguo.childcare.model.CaseStatus.UNDER_REVIEW)"
                    + " AND c.reviewDue <= :due) OR (c.status = org.jinguo.childcare.model.CaseStatus.CLOSED"
                    + " AND c.followupDue <= :due))", "due", Beijing.today().plusDays(7));
        }
        return where;
    }
}
