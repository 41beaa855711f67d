package org.jinguo.organisation.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.refusal;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.model.PersonTag;
import org.jinguo.person.service.PersonForm;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Elections: term history, the rules of a term, and the statistics of current office holders over a
 * subtree. Every test elects in units of its own below the Guanyinqiao street, as its administrator.
 */
@ExtendWith(ArquillianExtension.class)
class TermServiceIT {

    private static final String ADMIN = "guanyinqiao";
    private static final LocalDate TODAY = Beijing.today();

    @Inject
    TermService terms;

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    PersonService people;

    @Test
    void pastTermsStayAsHistoryAndTheCurrentOneIsMarked() throws Exception {
        long unit = newCommunity();
        run(ADMIN, () -> {
            long past = terms.createTerm(TestData.termForm(unit, TODAY.minusYears(6), TODAY.minusYears(1)));
            long current = terms.createTerm(TestData.termForm(unit, TODAY.minusYears(1).plusDays(1), TODAY.plusYears(4)));
            terms.addHolder(past, person(unit), Position.CHAIR);
            terms.addHolder(current, person(unit), Position.CHAIR);
            terms.addHolder(current, person(unit), Position.EXECUTIVE_MEMBER);
            List<TermRow> history = terms.terms(unit);
            assertEquals(List.of(current, past), history.stream().map(TermRow::id).toList(), "newest first");
            assertTrue(history.get(0).current());
            assertFalse(history.get(1).current());
            assertEquals(1, history.get(0).executiveMembers());
            assertEquals(0, history.get(1).executiveMembers());
        });
    }

    @Test
    void badDatesAndOverlappingTermsAreRefusedAtTheirField() throws Exception {
        long unit = newCommunity();
        run(ADMIN, () -> {
            terms.createTerm(TestData.termForm(unit, TODAY.minusYears(1), TODAY.plusYears(4)));
            assertEquals("startsOn", refusal(() -> terms.createTerm(TestData.termForm(unit, TODAY.plusYears(3), TODAY.plusYears(8)))));
            assertEquals("endsOn", refusal(() -> terms.createTerm(TestData.termForm(unit, TODAY.plusYears(9), TODAY.plusYears(9)))));
            TermForm lateElection = TestData.termForm(unit, TODAY.plusYears(10), TODAY.plusYears(15));
            lateElection.setElectionDate(TODAY.plusYears(10).plusDays(1));
            assertEquals("electionDate", refusal(() -> terms.createTerm(lateElection)));
            assertEquals(1, terms.terms(unit).size(), "nothing half-saved");
        });
    }

    @Test
    void aTermHasOneChairAndEachPersonOneOffice() throws Exception {
        long unit = newCommunity();
        run(ADMIN, () -> {
            long term = terms.createTerm(TestData.termForm(unit, TODAY.minusDays(10), TODAY.plusYears(5)));
            long first = person(unit);
            terms.addHolder(term, first, Position.CHAIR);
            assertEquals("position", refusal(() -> terms.addHolder(term, person(unit), Position.CHAIR)));
            assertEquals("person", refusal(() -> terms.addHolder(term, first, Position.VICE_CHAIR)));
            List<HolderRow> holders = terms.holders(term);
            assertEquals(1, holders.size());
            terms.removeHolder(holders.get(0).id());
            assertEquals(List.of(), terms.holders(term));
        });
    }

    @Test
    void statisticsCountTheCurrentOfficeHoldersOfTheWholeSubtreeByOfficeAndBackground() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        long community = newCommunity();
        long committee = call(ADMIN, () -> unitChanges.create(TestData.unitForm(street, unique("妇委会"), UnitType.WOMENS_COMMITTEE)));
        run(ADMIN, () -> {
            long now = terms.createTerm(TestData.termForm(community, TODAY.minusDays(30), TODAY.plusYears(5)));
            long old = terms.createTerm(TestData.termForm(community, TODAY.minusYears(6), TODAY.minusDays(31)));
            long other = terms.createTerm(TestData.termForm(committee, TODAY.minusDays(30), TODAY.plusYears(5)));
            terms.addHolder(now, person(community, PersonTag.COMMUNITY_ACTIVIST), Position.CHAIR);
            terms.addHolder(now, person(community), Position.VICE_CHAIR);
            terms.addHolder(now, person(community, PersonTag.ENTREPRENEUR, PersonTag.TEAM_LEADER), Position.EXECUTIVE_MEMBER);
            terms.addHolder(old, person(community, PersonTag.VOLUNTEER_LEADER), Position.CHAIR);
            terms.addHolder(other, person(committee, PersonTag.VOLUNTEER_LEADER), Position.CHAIR);
            terms.addHolder(other, person(committee), Position.EXECUTIVE_MEMBER);

            OfficeStatistics ofCommunity = terms.statistics(community);
            assertEquals(1, ofCommunity.unitsWithCurrentTerm());
            assertEquals(Map.of(Position.CHAIR, 1L, Position.VICE_CHAIR, 1L, Position.EXECUTIVE_MEMBER, 1L),
                    ofCommunity.holders(), "the past term's chair is not counted");
            assertEquals(Map.of(Position.CHAIR, 1L, Position.VICE_CHAIR, 0L, Position.EXECUTIVE_MEMBER, 1L),
                    ofCommunity.withBackground(), "two tags still count one person once");
            assertEquals(1L, ofCommunity.byTag().get(PersonTag.TEAM_LEADER));
            assertEquals(0L, ofCommunity.byTag().get(PersonTag.VOLUNTEER_LEADER));
            assertEquals(66.7, OfficeStatistics.percent(ofCommunity.totalWithBackground(), ofCommunity.total()));

            OfficeStatistics ofStreet = terms.statistics(street);
            assertTrue(ofStreet.unitsWithCurrentTerm() >= 2);
            assertTrue(ofStreet.holders().get(Position.CHAIR) >= 2, "the street's figures include both units below it");
        });
    }

    @Test
    void theRosterFiltersByUnitOfficeNameAndCurrentTermsInTheDatabase() throws Exception {
        long unit = newCommunity();
        String prefix = unique("名册");
        run(ADMIN, () -> {
            long now = terms.createTerm(TestData.termForm(unit, TODAY.minusDays(5), TODAY.plusYears(5)));
            long old = terms.createTerm(TestData.termForm(unit, TODAY.minusYears(6), TODAY.minusDays(6)));
            terms.addHolder(now, named(unit, prefix + "A", PersonTag.ENTREPRENEUR), Position.CHAIR);
            terms.addHolder(now, named(unit, prefix + "B"), Position.EXECUTIVE_MEMBER);
            terms.addHolder(old, named(unit, prefix + "C"), Position.CHAIR);

            HolderFilter filter = new HolderFilter();
            filter.setUnitId(unit);
            List<HolderListRow> current = terms.roster(filter, 0, 10);
            assertEquals(List.of(prefix + "A", prefix + "B"), current.stream().map(HolderListRow::name).toList());
            assertEquals(EnumSet.of(PersonTag.ENTREPRENEUR), current.get(0).tags());
            assertEquals(2, terms.countRoster(filter));
            filter.setCurrentOnly(false);
            assertEquals(3, terms.countRoster(filter));
            filter.setPosition(Position.CHAIR);
            assertEquals(2, terms.countRoster(filter));
            filter.setName(prefix + "C");
            assertEquals(List.of(prefix + "C"), terms.roster(filter, 0, 10).stream().map(HolderListRow::name).toList());
            assertEquals(1, terms.roster(filter, 0, 1).size());
        });
        HolderFilter foreign = new HolderFilter();
        foreign.setUnitId(unit);
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> terms.countRoster(foreign)));
        HolderFilter byName = new HolderFilter();
        byName.setName(prefix);
        assertEquals(0, call("shimahe", () -> terms.countRoster(byName)), "another street's holders are not counted");
    }

    private long named(long unit, String name, PersonTag... tags) {
        PersonForm form = TestData.personForm(unit, name);
        form.setTags(tags.length == 0 ? EnumSet.noneOf(PersonTag.class) : EnumSet.of(tags[0], tags));
        return people.create(form);
    }

    @Test
    void anotherStreetsTermsAreNotEvenFound() throws Exception {
        long community = newCommunity();
        long term = call(ADMIN, () -> terms.createTerm(TestData.termForm(community, TODAY.minusDays(1), TODAY.plusYears(5))));
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> terms.terms(community)));
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> terms.holders(term)));
        assertThrows(RecordNotFoundException.class, () -> run("shimahe", () -> terms.statistics(community)));
    }

    private long newCommunity() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        return call(ADMIN, () -> unitChanges.create(TestData.unitForm(street, unique("选举社区"), UnitType.COMMUNITY)));
    }

    private long person(long unit, PersonTag... tags) {
        return named(unit, unique("执委"), tags);
    }

}
