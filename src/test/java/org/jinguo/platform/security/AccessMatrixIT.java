package org.jinguo.platform.security;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.model.UnitType;
import org.jinguo.organisation.service.CoverageService;
import org.jinguo.organisation.service.OrgUnitService;
import org.jinguo.organisation.service.TermForm;
import org.jinguo.organisation.service.TermService;
import org.jinguo.person.service.PersonService;
import org.jinguo.person.service.SensitiveField;
import org.jinguo.platform.audit.AuditFilter;
import org.jinguo.platform.audit.AuditService;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.Deployments;
import org.jinguo.testsupport.SignedInAs.ThrowingRunnable;
import org.jinguo.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix, proven on the server: for every role, a user of a fresh street ("own") tries
 * every service action on the records of her own unit, of a community below it ("child"), of a sibling
 * street and of the parent (the district). The expected outcome of each is written out below, by hand,
 * from the permission matrix the administrators see; a refusal by a business rule after the permission
 * check counts as allowed. Every later feature adds its actions here.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    private static final String EXPECTED = """
            DISTRICT_ADMIN unit.view      Y Y - -
            DISTRICT_ADMIN unit.edit      Y Y - -
            DISTRICT_ADMIN unit.addChild  Y Y - -
            DISTRICT_ADMIN user.create    Y Y - -
            DISTRICT_ADMIN person.view    Y Y - -
            DISTRICT_ADMIN person.create  Y Y - -
            DISTRICT_ADMIN person.edit    Y Y - -
            DISTRICT_ADMIN person.reveal  Y Y - -
            DISTRICT_ADMIN audit.read     - - - -
            DISTRICT_ADMIN term.view      Y Y - -
            DISTRICT_ADMIN term.create    Y Y - -
            DISTRICT_ADMIN holder.add     Y Y - -
            DISTRICT_ADMIN person.merge   Y Y - -
            DISTRICT_ADMIN coverage.read  Y Y - -
            UNIT_ADMIN     unit.view      Y Y - -
            UNIT_ADMIN     unit.edit      - Y - -
            UNIT_ADMIN     unit.addChild  Y Y - -
            UNIT_ADMIN     user.create    Y Y - -
            UNIT_ADMIN     person.view    Y Y - -
            UNIT_ADMIN     person.create  Y Y - -
            UNIT_ADMIN     person.edit    Y Y - -
            UNIT_ADMIN     person.reveal  Y Y - -
            UNIT_ADMIN     audit.read     - - - -
            UNIT_ADMIN     term.view      Y Y - -
            UNIT_ADMIN     term.create    Y Y - -
            UNIT_ADMIN     holder.add     Y Y - -
            UNIT_ADMIN     person.merge   Y Y - -
            UNIT_ADMIN     coverage.read  Y Y - -
            STAFF          unit.view      Y Y - -
            STAFF          unit.edit      - - - -
            STAFF          unit.addChild  - - - -
            STAFF          user.create    - - - -
            STAFF          person.view    Y Y - -
            STAFF          person.create  Y Y - -
            STAFF          person.edit    Y Y - -
            STAFF          person.reveal  Y Y - -
            STAFF          audit.read     - - - -
            STAFF          term.view      Y Y - -
            STAFF          term.create    Y Y - -
            STAFF          holder.add     Y Y - -
            STAFF          person.merge   - - - -
            STAFF          coverage.read  Y Y - -
            READ_ONLY      unit.view      Y Y - -
            READ_ONLY      unit.edit      - - - -
            READ_ONLY      unit.addChild  - - - -
            READ_ONLY      user.create    - - - -
            READ_ONLY      person.view    Y Y - -
            READ_ONLY      person.create  - - - -
            READ_ONLY      person.edit    - - - -
            READ_ONLY      person.reveal  - - - -
            READ_ONLY      audit.read     - - - -
            READ_ONLY      term.view      Y Y - -
            READ_ONLY      term.create    - - - -
            READ_ONLY      holder.add     - - - -
            READ_ONLY      person.merge   - - - -
            READ_ONLY      coverage.read  Y Y - -
            AUDITOR        unit.view      Y Y - -
            AUDITOR        unit.edit      - - - -
            AUDITOR        unit.addChild  - - - -
            AUDITOR        user.create    - - - -
            AUDITOR        person.view    - - - -
            AUDITOR        person.create  - - - -
            AUDITOR        person.edit    - - - -
            AUDITOR        person.reveal  - - - -
            AUDITOR        audit.read     Y Y - -
            AUDITOR        term.view      - - - -
            AUDITOR        term.create    - - - -
            AUDITOR        holder.add     - - - -
            AUDITOR        person.merge   - - - -
            AUDITOR        coverage.read  Y Y - -
            """;

    private static final String[] PLACES = {"own", "child", "sibling", "parent"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(AccessMatrixIT.class);
    }

    @Inject
    OrgUnitService units;

    @Inject
    AccountService accounts;

    @Inject
    PersonService people;

    @Inject
    AuditService audit;

    @Inject
    TermService terms;

    @Inject
    CoverageService coverage;

    /** What a user does to the unit (and its person and current term) at one place. */
    @FunctionalInterface
    interface Action {
        void on(long unit, long person, long term) throws Exception;
    }

    private Map<String, Action> actions() {
        Map<String, Action> actions = new LinkedHashMap<>();
        actions.put("unit.view", (unit, person, term) -> units.details(unit));
        actions.put("unit.edit", (unit, person, term) -> units.editForm(unit));
        actions.put("unit.addChild", (unit, person, term) -> units.newForm(unit));
        actions.put("user.create", (unit, person, term) -> accounts.createUser(
                TestData.newUser(TestData.newUsername(), unit, Role.STAFF, "Start#2026x")));
        actions.put("person.view", (unit, person, term) -> people.view(person));
        actions.put("person.create", (unit, person, term) -> people.create(TestData.personForm(unit, unique("矩阵"))));
        actions.put("person.edit", (unit, person, term) -> people.editForm(person));
        actions.put("person.reveal", (unit, person, term) -> people.reveal(person, SensitiveField.PHONE));
        actions.put("audit.read", (unit, person, term) -> {
            AuditFilter filter = new AuditFilter();
            filter.setUnitId(unit);
            audit.count(filter);
        });
        actions.put("coverage.read", (unit, person, term) -> coverage.coverage(unit));
        actions.put("term.view", (unit, person, term) -> terms.terms(unit));
        actions.put("term.create", (unit, person, term) -> terms.createTerm(termForm(unit)));
        actions.put("holder.add", (unit, person, term) -> terms.addHolder(term, person, Position.EXECUTIVE_MEMBER));
        // Merging a record with itself passes the permission check, then is refused by the rule.
        actions.put("person.merge", (unit, person, term) -> people.merge(person, person));
        return actions;
    }

    private static TermForm termForm(long unit) {
        return TestData.termForm(unit, LocalDate.of(2026, 4, 20), LocalDate.of(2031, 4, 19));
    }

    @Test
    void everyRoleMayDoExactlyWhatTheMatrixSaysWhereItSaysSo() throws Exception {
        long district = TestData.unitId(units, "江北区妇联");
        long own = call("district", () -> units.create(TestData.unitForm(district, unique("矩阵街道"), UnitType.STREET)));
        long sibling = call("district", () -> units.create(TestData.unitForm(district, unique("邻街道"), UnitType.STREET)));
        long child = call("district", () -> units.create(TestData.unitForm(own, unique("矩阵社区"), UnitType.COMMUNITY)));
        long[] placeUnits = {own, child, sibling, district};
        long[] placePeople = new long[4];
        long[] placeTerms = new long[4];
        for (int i = 0; i < 4; i++) {
            long unit = placeUnits[i];
            placePeople[i] = call("district", () -> people.create(TestData.personForm(unit, unique("矩阵人员"))));
            placeTerms[i] = unit == district
                    ? call("district", () -> terms.terms(district).get(0).id()) // the demo's April 2026 term
                    : call("district", () -> terms.createTerm(termForm(unit)));
        }

        Map<String, Action> actions = actions();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        Map<Role, String> users = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String username = TestData.newUsername();
            run("district", () -> accounts.createUser(TestData.newUser(username, own, role, "Start#2026x")));
            users.put(role, username);
        }
        for (String line : EXPECTED.strip().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            Role role = Role.valueOf(cells[0]);
            Action action = actions.get(cells[1]);
            for (int place = 0; place < 4; place++) {
                boolean expected = cells[2 + place].equals("Y");
                boolean allowed = attempt(users.get(role), action, placeUnits[place], placePeople[place],
                        placeTerms[place]);
                checked++;
                if (allowed != expected) {
                    mismatches.add(role + " " + cells[1] + " on " + PLACES[place] + ": "
                            + (allowed ? "allowed" : "denied") + ", the matrix says " + (expected ? "allowed" : "denied"));
                }
            }
        }
        assertEquals(Role.values().length * actions.size() * 4, checked, "every role and action is in the table");
        assertEquals(List.of(), mismatches);
    }

    private static boolean attempt(String username, Action action, long unit, long person, long term)
            throws Exception {
        ThrowingRunnable work = () -> action.on(unit, person, term);
        try {
            run(username, work);
            return true;
        } catch (AccessDeniedException | RecordNotFoundException denied) {
            return false;
        } catch (BusinessRuleException passedThePermissionCheck) {
            return true;
        }
    }
}
