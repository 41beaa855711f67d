package org.jinguo.organisation.service;

import static org.jinguo.testsupport.SignedInAs.call;
import static org.jinguo.testsupport.SignedInAs.run;
import static org.jinguo.testsupport.TestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.model.PersonTag;
import org.jinguo.person.service.PersonFilter;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.config.Beijing;
import org.jinguo.platform.errors.AccessDeniedException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.testsupport.TestData;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitChanges;
import org.jinguo.unit.service.UnitDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing office holders from the Excel template: every bad row reported by row and column, nothing
 * written by the check, only the valid rows imported when asked, people found by ID number.
 */
@ExtendWith(ArquillianExtension.class)
class HolderImportIT {

    private static final String ADMIN = "guanyinqiao";
    private static final LocalDate TODAY = Beijing.today();
    private static final List<Object> HEADER = List.of("姓名*", "身份证号*", "职务*", "手机号", "背景（可多个，用顿号分隔）");

    @Inject
    HolderImport importer;

    @Inject
    TermService terms;

    @Inject
    UnitDirectory units;

    @Inject
    UnitChanges unitChanges;

    @Inject
    PersonService people;

    @Test
    void everyBadRowIsReportedByRowAndColumnAndOnlyTheValidRowsAreImportedWhenAsked() throws Exception {
        long unit = newCommunity();
        String known = unique("老执委");
        String knownId = TestData.idCardNumber(TestData.randomBirthDate());
        run(ADMIN, () -> {
            var form = TestData.personForm(unit, known);
            form.setIdCard(knownId);
            people.create(form);
        });
        long term = call(ADMIN, () -> terms.createTerm(TestData.termForm(unit, TODAY.minusMonths(1), TODAY.plusYears(5))));
        String chair = unique("主席");
        String member = unique("执委");
        String repeatedId = TestData.idCardNumber(TestData.randomBirthDate());
        List<List<Object>> sheet = new ArrayList<>();
        sheet.add(HEADER);
        sheet.add(row(chair, repeatedId, "主席", "13983001234", "社区骨干、女企业家"));        // 2 valid, new person
        sheet.add(row(known, knownId, "执委", "", ""));                                        // 3 valid, in the registry
        sheet.add(row(member, repeatedId, "执委", "", ""));                                    // 4 ID repeats row 2
        sheet.add(row(member, "500105198703140021", "执委", "", ""));                          // 5 bad check character
        sheet.add(row(unique("甲"), TestData.idCardNumber(TestData.randomBirthDate()), "主席", "", "")); // 6 second chair
        sheet.add(row(unique("乙"), TestData.idCardNumber(TestData.randomBirthDate()), "秘书长", "abc", "跳舞")); // 7 three problems
        sheet.add(row("", 500105198703140020L, "执委", "", ""));                              // 8 no name; ID as a number
        sheet.add(row(unique("丙"), knownId.substring(0, 17) + "X", "", "", ""));              // 9 no office (and maybe a bad ID)
        List<Object> blank = new ArrayList<>(List.of("", "", "", "", ""));
        sheet.add(blank);                                                                     // 10 blank: left out
        sheet.add(row(unique("丁"), knownId, "执委", "", ""));                                 // 11 known ID, other name, repeats 3
        byte[] file = TestData.workbook(sheet);

        Preview<HolderImport.Row> preview = call(ADMIN, () -> importer.preview(term, file));
        assertNull(preview.fileProblem());
        assertEquals(9, preview.rows().size(), "the blank line is no row");
        assertEquals(2, preview.validCount());
        Map<Integer, List<String>> problems = new TreeMap<>();
        preview.problems().forEach(p -> problems.computeIfAbsent(p.row(), r -> new ArrayList<>())
                .add(p.column() + " " + p.messageKey()));
        assertEquals(List.of("import.column.idCard import.idCard.repeated"), problems.get(4));
        assertEquals(List.of("import.column.idCard person.idCard.invalid"), problems.get(5));
        assertEquals(List.of("import.column.position holder.chairTaken"), problems.get(6));
        assertEquals(List.of("import.column.position import.position.unknown", "import.column.phone import.phone.invalid",
                "import.column.tags import.tag.unknown"), problems.get(7));
        assertEquals(List.of("import.column.name import.required", "import.column.idCard import.idCard.numeric"), problems.get(8));
        assertTrue(problems.get(9).contains("import.column.position import.required"), problems.get(9).toString());
        assertEquals(List.of("import.column.idCard import.idCard.repeated"), problems.get(11));
        assertTrue(preview.rows().get(1).existing(), "row 3 is found in the registry");
        assertEquals(0, call(ADMIN, () -> terms.holders(term)).size(), "checking writes nothing");

        assertEquals(2, call(ADMIN, () -> importer.importValid(term, file)));
        List<HolderRow> holders = call(ADMIN, () -> terms.holders(term));
        assertEquals(2, holders.size());
        PersonFilter filter = new PersonFilter();
        filter.setName(chair);
        run(ADMIN, () -> {
            assertEquals(1, people.count(filter), "the new chair is in the registry");
            HolderRow newChair = holders.stream().filter(h -> h.name().equals(chair)).findFirst().orElseThrow();
            assertEquals(Position.CHAIR, newChair.position());
            assertEquals(java.util.Set.of(PersonTag.COMMUNITY_ACTIVIST, PersonTag.ENTREPRENEUR), newChair.tags());
            Preview<HolderImport.Row> again = importer.preview(term, file);
            assertEquals(0, again.validCount(), "imported rows are now in the term");
        });
    }

    @Test
    void aFileThatIsNoTemplateIsRefusedAsAWhole() throws Exception {
        long unit = newCommunity();
        long term = call(ADMIN, () -> terms.createTerm(TestData.termForm(unit, TODAY.minusMonths(1), TODAY.plusYears(5))));
        run(ADMIN, () -> {
            assertEquals("import.file.unreadable",
                    importer.preview(term, "姓名,身份证号\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).fileProblem().messageKey());
            assertEquals("import.file.empty", importer.preview(term, new byte[0]).fileProblem().messageKey());
            Preview<HolderImport.Row> noOffice = importer.preview(term, TestData.workbook(List.of(List.of("姓名", "身份证号"))));
            assertEquals("import.column.missing", noOffice.fileProblem().messageKey());
            assertEquals("import.column.position", noOffice.fileProblem().column());
            Preview<HolderImport.Row> english = importer.preview(term, TestData.workbook(List.of(
                    List.of("Name", "ID number", "Office"), row(unique("Li"), TestData.idCardNumber(TestData.randomBirthDate()),
                            "Vice-chair", "", "").subList(0, 3))));
            assertEquals(1, english.validCount(), "English headers and labels are understood too");
            assertEquals(Position.VICE_CHAIR, english.rows().get(0).position());
        });
    }

    @Test
    void onlyEditorsOfTheTermsUnitMayImport() throws Exception {
        long unit = newCommunity();
        long term = call(ADMIN, () -> terms.createTerm(TestData.termForm(unit, TODAY.minusMonths(1), TODAY.plusYears(5))));
        byte[] file = TestData.workbook(List.of(HEADER));
        run("shimahe", () -> assertThrows(RecordNotFoundException.class, () -> importer.preview(term, file)));
        run("viewer", () -> assertThrows(AccessDeniedException.class, () -> importer.importValid(term, file)));
    }

    private static List<Object> row(Object... cells) {
        return List.of(cells);
    }

    private long newCommunity() throws Exception {
        long street = TestData.unitId(units, "观音桥街道妇联");
        return call(ADMIN, () -> unitChanges.create(TestData.unitForm(street, unique("导入社区"), UnitType.COMMUNITY)));
    }
}
