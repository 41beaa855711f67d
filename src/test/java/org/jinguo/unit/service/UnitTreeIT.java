// Longer than 300 lines on purpose: the unit tree's rules (scope, create, move, concurrent edits, profile and stations, lists) share the helpers that make units.
package org.jinguo.unit.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.admin.service.AccountService;
import org.jinguo.admin.service.NewUserForm;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.security.UserDirectory;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.StationKind;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.StationForm;
import org.jinguo.unit.service.StationRow;
import org.jinguo.unit.service.UnitDetails;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitFilter;
import org.jinguo.unit.service.UnitForm;
import org.jinguo.unit.service.UnitListRow;
import org.jinguo.unit.service.UnitNode;
import org.jinguo.unit.service.UnitRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation tree service on the demo district, as the demo users: the district administrator,
 * the Guanyinqiao street's unit administrator, Shimahe street staff and a read-only user. Every test
 * makes its own units with unique names.
 */
@ExtendWith(ArquillianExtension.class)
class UnitTreeIT {

    private static final String DISTRICT = "district";
    private static final String GUANYINQIAO = "guanyinqiao";
    private static final String SHIMAHE_STAFF = "shimahe";
    private static final String VIEWER = "viewer";

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    AccountService accounts;

    @Inject
    UserDirectory directory;

    @Test
    void aStreetAdministratorSeesHerStreetAndWhatLiesBelowOnly() throws Exception {
        long district = unitId("江北区妇联");
        long shimahe = unitId("石马河街道妇联");
        run(GUANYINQIAO, () -> {
            assertEquals("观音桥街道妇联", units.scopeRoot().name());
            assertEquals(List.of(), units.search("石马河", 0, 10));
            assertEquals(0, units.count("江北区妇联"));
            assertThrows(RecordNotFoundException.class, () -> units.children(district));
            assertThrows(RecordNotFoundException.class, () -> units.details(shimahe));
            assertThrows(RecordNotFoundException.class, () -> units.details(district));
            assertThrows(RecordNotFoundException.class, () -> units.row(shimahe));
            for (UnitRow row : units.search(null, 0, 500)) {
                assertTrue(reachesUp(row.id(), "观音桥街道妇联"), row::name);
            }
        });
    }

    @Test
    void theDistrictAdministratorSeesTheWholeDistrict() throws Exception {
        run(DISTRICT, () -> {
            UnitNode root = units.scopeRoot();
            assertEquals("江北区妇联", root.name());
            List<String> children = units.children(root.id()).stream().map(UnitNode::name).toList();
            assertTrue(children.containsAll(List.of("观音桥街道妇联", "石马河街道妇联", "鱼嘴镇妇联", "观音桥商圈妇联")),
                    children::toString);
            assertTrue(units.count(null) >= 19);
        });
    }

    @Test
    void aUnitAdministratorCreatesACommunityBelowHerStreetThatOtherStreetsCannotSee() throws Exception {
        long street = unitId("观音桥街道妇联");
        String name = unique("测试社区");
        long created = call(GUANYINQIAO, () -> unitChanges.create(form(street, name, UnitType.COMMUNITY)));
        run(GUANYINQIAO, () -> {
            assertTrue(units.children(street).stream().anyMatch(n -> n.id() == created));
            UnitDetails details = units.details(created);
            assertEquals(name, details.name());
            assertEquals("观音桥街道妇联", details.parentName());
            assertEquals(1, units.count(name));
        });
        run(SHIMAHE_STAFF, () -> assertThrows(RecordNotFoundException.class, () -> units.details(created)));
    }

    @Test
    void chineseTextAndEmojiSurviveTheRoundTrip() throws Exception {
        long street = unitId("观音桥街道妇联");
        String name = unique("巾帼家园🌸社区");
        long created = call(DISTRICT, () -> unitChanges.create(form(street, name, UnitType.COMMUNITY)));
        assertEquals(name, call(DISTRICT, () -> units.details(created).name()));
    }

    @Test
    void namesAreUniqueAmongSiblingsIgnoringCaseAndSpaces() throws Exception {
        long street = unitId("观音桥街道妇联");
        String name = unique("Unique Community");
        run(GUANYINQIAO, () -> {
            unitChanges.create(form(street, name, UnitType.COMMUNITY));
            BusinessRuleException e = assertThrows(BusinessRuleException.class,
                    () -> unitChanges.create(form(street, "  " + name.toUpperCase() + " ", UnitType.COMMUNITY)));
            assertEquals("unit.name.taken", e.messageKey());
            assertEquals("name", e.field());
        });
    }

    @Test
    void aUnitMustBeOfAKindItsParentMayHold() throws Exception {
        long district = unitId("江北区妇联");
        run(DISTRICT, () -> {
            BusinessRuleException e = assertThrows(BusinessRuleException.class,
                    () -> unitChanges.create(form(district, unique("直属社区"), UnitType.COMMUNITY)));
            assertEquals("unit.type.notAllowedUnder", e.messageKey());
        });
    }

    @Test
    void nobodyCreatesBelowAUnitOutsideHerScope() throws Exception {
        long shimahe = unitId("石马河街道妇联");
        run(GUANYINQIAO, () -> assertThrows(RecordNotFoundException.class,
                () -> unitChanges.create(form(shimahe, unique("越权社区"), UnitType.COMMUNITY))));
        assertEquals(0, call(DISTRICT, () -> units.count("越权社区")));
    }

    @Test
    void staffAndReadOnlyUsersCannotChangeTheTree() throws Exception {
        long shimahe = unitId("石马河街道妇联");
        long district = unitId("江北区妇联");
        run(SHIMAHE_STAFF, () -> {
            assertThrows(AccessDeniedException.class,
                    () -> unitChanges.create(form(shimahe, unique("社区"), UnitType.COMMUNITY)));
            assertFalse(units.details(shimahe).manageable());
        });
        run(VIEWER, () -> {
            assertThrows(AccessDeniedException.class,
                    () -> unitChanges.create(form(district, unique("街道"), UnitType.STREET)));
            assertThrows(AccessDeniedException.class, () -> unitChanges.editForm(shimahe));
        });
    }

    @Test
    void aUnitAdministratorDoesNotEditHerOwnUnit() throws Exception {
        long street = unitId("观音桥街道妇联");
        run(GUANYINQIAO, () -> {
            assertThrows(AccessDeniedException.class, () -> unitChanges.editForm(street));
            assertFalse(units.details(street).manageable());
            assertTrue(units.details(street).mayAddChildren());
        });
    }

    @Test
    void aUnitCannotMoveBelowItself() throws Exception {
        long district = unitId("江北区妇联");
        run(DISTRICT, () -> {
            long street = unitChanges.create(form(district, unique("测试街道"), UnitType.STREET));
            long community = unitChanges.create(form(street, unique("测试社区"), UnitType.COMMUNITY));
            UnitForm edit = unitChanges.editForm(street);
            edit.setParentId(community);
            BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> unitChanges.update(edit));
            assertEquals("unit.move.intoOwnSubtree", e.messageKey());
            assertEquals(district, units.details(street).parentId());
        });
    }

    @Test
    void movingAUnitCarriesItsRecordsAlong() throws Exception {
        long district = unitId("江北区妇联");
        String username = TestData.newUsername();
        run(DISTRICT, () -> {
            long from = unitChanges.create(form(district, unique("原街道"), UnitType.STREET));
            long to = unitChanges.create(form(district, unique("新街道"), UnitType.STREET));
            long community = unitChanges.create(form(from, unique("搬迁社区"), UnitType.COMMUNITY));
            accounts.createUser(newUser(username, community));

            UnitForm edit = unitChanges.editForm(community);
            edit.setParentId(to);
            unitChanges.update(edit);

            assertEquals(to, units.details(community).parentId());
            assertTrue(units.children(from).isEmpty());
            assertEquals(List.of(community), units.children(to).stream().map(UnitNode::id).toList());
            String toPath = directory.caller(username).orElseThrow().unitPath();
            assertTrue(toPath.endsWith("/" + to + "/" + community + "/"), toPath);
        });
    }

    @Test
    void theDistrictAtTheRootIsEditedWithoutAParentAndEveryOtherUnitNeedsOne() throws Exception {
        long district = unitId("江北区妇联");
        run(DISTRICT, () -> {
            UnitForm root = unitChanges.editForm(district);
            assertEquals(null, root.getParentId());
            String address = root.getAddress();
            root.setAddress("重庆市江北区建新东路 3 号");
            unitChanges.update(root);
            assertEquals("重庆市江北区建新东路 3 号", units.details(district).address());
            UnitForm back = unitChanges.editForm(district);
            back.setAddress(address);
            unitChanges.update(back);

            UnitForm noParent = form(district, unique("无上级街道"), UnitType.STREET);
            noParent.setParentId(null);
            BusinessRuleException orphan = assertThrows(BusinessRuleException.class, () -> unitChanges.create(noParent));
            assertEquals("unit.parent.required", orphan.messageKey());
            long street = unitChanges.create(form(district, unique("有上级街道"), UnitType.STREET));
            UnitForm cut = unitChanges.editForm(street);
            cut.setParentId(null);
            assertEquals("unit.parent.required",
                    assertThrows(BusinessRuleException.class, () -> unitChanges.update(cut)).messageKey());
            assertEquals(district, units.details(street).parentId());
        });
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() throws Exception {
        long district = unitId("江北区妇联");
        run(DISTRICT, () -> {
            long street = unitChanges.create(form(district, unique("并发街道"), UnitType.STREET));
            UnitForm first = unitChanges.editForm(street);
            UnitForm second = unitChanges.editForm(street);
            first.setAddress("江北区建新北路 1 号");
            unitChanges.update(first);
            second.setAddress("江北区建新北路 2 号");
            assertThrows(ConcurrentChangeException.class, () -> unitChanges.update(second));
            assertEquals("江北区建新北路 1 号", units.details(street).address());
        });
    }

    @Test
    void aUnitKeepsWhatItCoversAndItsServiceStationsInOrder() throws Exception {
        long district = unitId("江北区妇联");
        run(DISTRICT, () -> {
            UnitForm form = form(district, unique("商圈妇联"), UnitType.REGIONAL);
            form.getProfile().setEnterpriseCount(6000);
            form.getProfile().setWomenEmployeeCount(20_000);
            form.getProfile().setCovers("6000 余家企业和个体工商户");
            form.getStations().add(station(StationKind.PARTY_MASS, "观音桥商圈党群服务站", null));
            form.getStations().add(station(StationKind.ONLINE_HOME, "商圈网上妇女之家", "https://example.cn/home"));
            long id = unitChanges.create(form);

            UnitDetails details = units.details(id);
            assertEquals(6000, details.profile().getEnterpriseCount());
            assertEquals(20_000, details.profile().getWomenEmployeeCount());
            assertEquals(null, details.profile().getWomenCount());
            assertEquals(List.of("观音桥商圈党群服务站", "商圈网上妇女之家"),
                    details.stations().stream().map(StationRow::name).toList());
            assertEquals("https://example.cn/home", details.stations().get(1).link());

            UnitForm edit = unitChanges.editForm(id);
            long before = edit.getVersion();
            edit.getStations().remove(0);
            unitChanges.update(edit);
            UnitForm after = unitChanges.editForm(id);
            assertEquals(1, after.getStations().size());
            assertTrue(after.getVersion() > before, "a change of the stations alone is a change of the unit");
        });
    }

    @Test
    void badFiguresAndLinksAreRefusedAndNothingIsSaved() throws Exception {
        long district = unitId("江北区妇联");
        run(DISTRICT, () -> {
            String name = unique("坏数据妇联");
            UnitForm negative = form(district, name, UnitType.REGIONAL);
            negative.getProfile().setWomenCount(-1);
            assertInvalid(() -> unitChanges.create(negative));
            UnitForm script = form(district, name, UnitType.REGIONAL);
            script.getStations().add(station(StationKind.ONLINE_HOME, "网上妇女之家", "javascript:alert(1)"));
            assertInvalid(() -> unitChanges.create(script));
            assertEquals(0, units.count(name));
        });
    }

    @Test
    void theUnitListFiltersByNameKindAndSubtreeWithinTheScope() throws Exception {
        long street = unitId("观音桥街道妇联");
        String prefix = unique("列表");
        run(GUANYINQIAO, () -> {
            long community = unitChanges.create(form(street, prefix + "社区", UnitType.COMMUNITY));
            unitChanges.create(form(street, prefix + "妇委会", UnitType.WOMENS_COMMITTEE));
            UnitFilter byName = new UnitFilter();
            byName.setName(prefix);
            assertEquals(2, units.countList(byName));
            byName.setType(UnitType.COMMUNITY);
            assertEquals(List.of(community), units.list(byName, 0, 10).stream().map(UnitListRow::id).toList());
            UnitFilter communities = new UnitFilter();
            communities.setType(UnitType.COMMUNITY);
            communities.setUnderUnitId(street);
            assertTrue(units.countList(communities) >= 13, "the demo street's communities");
            List<UnitListRow> listed = units.list(communities, 0, 100);
            assertTrue(listed.stream().allMatch(r -> r.type() == UnitType.COMMUNITY));
            List<String> names = listed.stream().map(UnitListRow::name).toList();
            List<String> inPinyinOrder = new java.util.ArrayList<>(names);
            inPinyinOrder.sort(org.jinguo.platform.i18n.Pinyin.by(java.util.function.Function.identity()));
            assertEquals(inPinyinOrder, names, "in pinyin order, as a reader looks for them");
            UnitForm renamed = unitChanges.editForm(community);
            renamed.setName("阿" + prefix + "社区");
            unitChanges.update(renamed);
            List<String> afterRename = units.list(communities, 0, 100).stream().map(UnitListRow::name).toList();
            assertTrue(afterRename.contains("阿" + prefix + "社区"));
            List<String> stillInOrder = new java.util.ArrayList<>(afterRename);
            stillInOrder.sort(org.jinguo.platform.i18n.Pinyin.by(java.util.function.Function.identity()));
            assertEquals(stillInOrder, afterRename, "renamed (ā), it moves to its new place among the Chinese names");
            UnitFilter all = new UnitFilter();
            assertEquals(units.count(null), units.countList(all), "her scope, no more");
        });
    }

    @Test
    void searchTakesWildcardsLiterally() throws Exception {
        long district = unitId("江北区妇联");
        run(DISTRICT, () -> {
            String name = unique("通配") + "%_!";
            unitChanges.create(form(district, name, UnitType.REGIONAL));
            for (String wildcard : List.of("%", "_", "!")) {
                List<UnitRow> found = units.search(wildcard, 0, 500);
                assertTrue(found.stream().anyMatch(row -> row.name().equals(name)), wildcard);
                assertTrue(found.stream().allMatch(row -> row.name().contains(wildcard)), wildcard + " is taken literally");
            }
            assertTrue(units.count("街道") >= 9);
        });
    }

    @Test
    void withoutASignedInUserTheServiceRefuses() {
        assertThrows(AccessDeniedException.class, () -> units.scopeRoot());
    }

    /** Whether walking up from {@code id} through visible parents reaches the unit named {@code top}. */
    private boolean reachesUp(long id, String top) {
        Long current = id;
        for (int depth = 0; current != null && depth < 10; depth++) {
            UnitDetails details = units.details(current);
            if (details.name().equals(top)) {
                return true;
            }
            current = details.parentId();
        }
        return false;
    }

    private long unitId(String name) throws Exception {
        return TestData.unitId(units, name);
    }

    private static UnitForm form(long parent, String name, UnitType type) {
        return TestData.unitForm(parent, name, type);
    }

    /** The service refuses the call by Bean Validation of its parameters (the form shows these next to the field). */
    private static void assertInvalid(org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = assertThrows(Exception.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof jakarta.validation.ConstraintViolationException) {
                return;
            }
        }
        throw new AssertionError("expected a constraint violation", thrown);
    }

    private static StationForm station(StationKind kind, String name, String link) {
        StationForm station = new StationForm();
        station.setKind(kind);
        station.setName(name);
        station.setLink(link);
        return station;
    }

    private static NewUserForm newUser(String username, long unit) {
        return TestData.newUser(username, unit, Role.STAFF, "Start#2026x");
    }
}
