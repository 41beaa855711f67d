package org.jinguo.testsupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jinguo.admin.service.NewUserForm;
import org.jinguo.organisation.service.TermForm;
import org.jinguo.person.service.PersonForm;
import org.jinguo.platform.security.Role;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.unit.model.UnitType;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitForm;

/** Names and forms the tests make their own data with, so that no test depends on another's. */
public final class TestData {

    private TestData() {
    }

    /** {@code prefix} plus a random suffix, e.g. a unit name no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A user name no other test uses. */
    public static String newUsername() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The id of the demo unit called {@code name}, looked up as the district administrator. */
    public static long unitId(UnitDirectory units, String name) throws Exception {
        return SignedInAs.call("district", () -> units.search(name, 0, 20).stream()
                .filter(row -> row.name().equals(name)).findFirst().orElseThrow().id());
    }

    /** The form for a new user of {@code unit} with one role and a first password. */
    public static NewUserForm newUser(String username, long unit, Role role, String firstPassword) {
        NewUserForm form = new NewUserForm();
        form.setUsername(username);
        form.setDisplayName("测试用户");
        form.setUnitId(unit);
        form.setRoles(EnumSet.of(role));
        form.setInitialPassword(firstPassword);
        return form;
    }

    /** The form for a new unit called {@code name} of kind {@code type} below {@code parent}. */
    public static UnitForm unitForm(long parent, String name, UnitType type) {
        UnitForm form = new UnitForm();
        form.setParentId(parent);
        form.setName(name);
        form.setType(type);
        return form;
    }

    /** A random birth date (yyyyMMdd) between 1960 and 2000, so that test people rarely share a number. */
    public static String randomBirthDate() {
        LocalDate day = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 40));
        return day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The ID-card numbers this JVM has handed out: none twice. */
    private static final java.util.Set<String> ID_CARDS_ISSUED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * A valid ID-card number of a woman born on {@code birth} (yyyyMMdd) and registered at birth in Yubei (500112),
     * random sequence, never the same twice in this JVM. Not Jiangbei's 500105: the demo's five thousand people have
     * those, and a test's new person once drew one of theirs ("person.idCard.exists").
     */
    public static String idCardNumber(String birth) {
        while (true) {
            String first17 = "500112" + birth + String.format("%03d", 2 * ThreadLocalRandom.current().nextInt(500));
            String number = first17 + IdCardNumber.checkCharacter(first17);
            if (ID_CARDS_ISSUED.add(number)) {
                return number;
            }
        }
    }

    /** The form for a new person of {@code unit} with a fresh valid ID-card number, phone and address. */
    public static PersonForm personForm(long unit, String name) {
        PersonForm form = new PersonForm();
        form.setUnitId(unit);
        form.setName(name);
        form.setIdCard(idCardNumber(randomBirthDate()));
        form.setPhone("139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        form.setAddress("重庆市江北区观音桥街道建新北路 " + ThreadLocalRandom.current().nextInt(1, 200) + " 号");
        return form;
    }

    /** A term of {@code unit} from {@code starts} to {@code ends}, elected two days before it starts. */
    public static TermForm termForm(long unit, LocalDate starts, LocalDate ends) {
        TermForm form = new TermForm();
        form.setUnitId(unit);
        form.setElectionDate(starts.minusDays(2));
        form.setStartsOn(starts);
        form.setEndsOn(ends);
        return form;
    }

    /** An .xlsx file whose first sheet holds {@code rows}: strings as text cells, numbers as number cells. */
    public static byte[] workbook(List<List<Object>> rows) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("sheet");
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs {@code work}, which must be refused by a business rule; returns the field the refusal names. */
    public static String refusal(SignedInAs.ThrowingRunnable work) {
        return org.junit.jupiter.api.Assertions.assertThrows(org.jinguo.platform.errors.BusinessRuleException.class,
                work::run).field();
    }

    /** Every cell of a workbook's first sheet, as one text. */
    public static String sheetText(byte[] xlsx) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            StringBuilder text = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\t')));
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
