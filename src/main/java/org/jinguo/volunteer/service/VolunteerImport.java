package org.jinguo.volunteer.service;

import static org.jinguo.platform.export.ImportSheet.cell;
import static org.jinguo.platform.export.ImportSheet.key;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.person.model.Person;
import org.jinguo.person.service.PersonColumns;
import org.jinguo.person.service.PersonForm;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.export.ImportSheet.CheckedRow;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.platform.export.ImportSheet.Problem;
import org.jinguo.platform.export.ImportSheet;
import org.jinguo.platform.export.RowImport;
import org.jinguo.platform.export.SpreadsheetReader.Line;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.Masks;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.unit.model.UnitType;
import org.jinguo.vocabulary.ServiceLine;
import org.jinguo.volunteer.model.DayPart;
import org.jinguo.volunteer.model.Skill;
import org.jinguo.volunteer.model.Slot;

/**
 * Importing volunteers from the downloadable Excel template, as the office-holder import does: {@link #preview}
 * checks every row and writes nothing, {@link #importValid} takes in the valid rows when the user chooses to.
 * Each row names the volunteer's community (in the user's scope); a person is found by her ID number or
 * added to the registry there. Imported volunteers are active, registered by the importing staff.
 */
@Stateless
@ScopedToCaller
public class VolunteerImport {

    public static final int MAX_ROWS = 2000;

    /** The template's columns, by bundle key; the first five must be filled in. */
    public static final List<String> COLUMNS = List.of("import.column.name", "import.column.idCard",
            "import.column.mobile", "import.column.community", "import.column.skills", "import.column.lines",
            "import.column.slots", "import.column.areas");
    static final int NAME = 0;
    static final int ID_CARD = 1;
    static final int PHONE = 2;
    static final int COMMUNITY = 3;
    static final int SKILLS = 4;
    static final int LINES = 5;
    static final int SLOTS = 6;
    static final int AREAS = 7;

    private static final RowImport<Row, Parsed> TEMPLATE = new RowImport<>(MAX_ROWS, COLUMNS, 5);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FieldCipher cipher;

    @Inject
    PersonService people;

    @Inject
    VolunteerService volunteers;

    /** One data row as understood; {@code existing} when the ID number is in the registry. */
    public record Row(int row, String name, String idCardMasked, String community, boolean existing,
                      List<Problem> problems) implements CheckedRow {
    }

    private record Parsed(String name, String idCard, String phone, OrgUnit community, Set<Skill> skills,
                          Set<ServiceLine> lines, Set<String> slots, String areas, Person existing) {
    }

    /** Checks the file; writes nothing. */
    public Preview<Row> preview(@NotNull byte[] file) {
        editor();
        return check(file).preview();
    }

    /** Imports the valid rows (checked again now); returns how many volunteers were registered. */
    public int importValid(@NotNull byte[] file) {
        editor();
        return check(file).importValid(p -> {
            long personId;
            if (p.existing() != null) {
                personId = p.existing().getId();
            } else {
                PersonForm person = new PersonForm();
                person.setUnitId(p.community().getId());
                person.setName(p.name());
                person.setIdCard(p.idCard());
                person.setPhone(p.phone());
                personId = people.create(person);
            }
            VolunteerForm form = new VolunteerForm();
            form.setPersonId(personId);
            form.setSkills(EnumSet.copyOf(p.skills()));
            form.setLines(p.lines().isEmpty() ? EnumSet.noneOf(ServiceLine.class) : EnumSet.copyOf(p.lines()));
            form.setSlots(p.slots());
            form.setAreas(p.areas().isEmpty() ? null : p.areas());
            volunteers.register(form);
        });
    }

    private Caller editor() {
        return currentCaller.require(Permission.RECORD_EDIT);
    }

    private RowImport.Checked<Row, Parsed> check(byte[] file) {
        Caller caller = editor();
        return TEMPLATE.check(file, sheet -> new Reader(caller, sheet));
    }

    /** Reads the rows of one sheet, knowing the caller's communities and the people the sheet names. */
    private final class Reader implements RowImport.RowReader<Row, Parsed> {

        private final int[] columns;
        private final Map<String, Skill> skillLabels = ImportSheet.labels(Skill.values(), "skill.");
        private final Map<String, ServiceLine> lineLabels = ImportSheet.labels(ServiceLine.values(), "serviceLine.");
        private final Map<String, String> slotLabels = slotLabels();
        private final Map<String, OrgUnit> communities;
        private final Map<String, Person> registered;
        private final Set<Long> volunteering = new HashSet<>();
        private final Map<String, Integer> idRows = new HashMap<>();

        Reader(Caller caller, ImportSheet.Sheet sheet) {
            columns = sheet.columns();
            communities = communities(caller);
            registered = PersonColumns.registered(em, cipher, sheet.rows(), columns[ID_CARD]);
            if (!registered.isEmpty()) {
                volunteering.addAll(em.createQuery("SELECT v.person.id FROM Volunteer v WHERE v.person.id IN :ids", Long.class)
                        .setParameter("ids", registered.values().stream().map(Person::getId).toList()).getResultList());
            }
        }

        @Override
        public RowImport.Read<Row, Parsed> read(Line line, List<Problem> problems) {
            int n = line.number();
            PersonColumns.PersonCells person = PersonColumns.read(line, columns[NAME], columns[ID_CARD], COLUMNS.get(NAME),
                    COLUMNS.get(ID_CARD), registered, idRows, problems);
            String name = person.name();
            String idCard = person.idCard();
            Person existing = person.existing();
            if (existing != null && volunteering.contains(existing.getId())) {
                problems.add(new Problem(n, COLUMNS.get(NAME), "volunteer.exists", List.of(existing.getName())));
            }
            String phone = cell(line, columns[PHONE]);
            if (phone.isEmpty()) {
                problems.add(new Problem(n, COLUMNS.get(PHONE), "import.required", List.of()));
            } else if (!phone.matches("1\\d{10}")) {
                problems.add(new Problem(n, COLUMNS.get(PHONE), "import.mobile.invalid", List.of()));
            }
            String communityText = cell(line, columns[COMMUNITY]);
            OrgUnit community = communities.get(communityKey(communityText));
            if (communityText.isEmpty()) {
                problems.add(new Problem(n, COLUMNS.get(COMMUNITY), "import.required", List.of()));
            } else if (community == null) {
                problems.add(new Problem(n, COLUMNS.get(COMMUNITY), "import.community.unknown", List.of(communityText)));
            }
            Set<Skill> skills = EnumSet.noneOf(Skill.class);
            labelled(line, columns[SKILLS], skillLabels, skills, n, COLUMNS.get(SKILLS), problems);
            if (skills.isEmpty() && cell(line, columns[SKILLS]).isEmpty()) {
                problems.add(new Problem(n, COLUMNS.get(SKILLS), "import.required", List.of()));
            }
            Set<ServiceLine> serviceLines = EnumSet.noneOf(ServiceLine.class);
            labelled(line, columns[LINES], lineLabels, serviceLines, n, COLUMNS.get(LINES), problems);
            Set<String> slots = new HashSet<>();
            labelled(line, columns[SLOTS], slotLabels, slots, n, COLUMNS.get(SLOTS), problems);
            String areas = cell(line, columns[AREAS]);
            if (areas.length() > 200) {
                problems.add(new Problem(n, COLUMNS.get(AREAS), "import.tooLong", List.of("200")));
            }
            return new RowImport.Read<>(new Row(n, name, idCard.isEmpty() ? "" : Masks.idCard(idCard),
                    community == null ? communityText : community.getName(), existing != null, List.copyOf(problems)),
                    new Parsed(name, idCard, phone, community, skills, serviceLines, slots, areas, existing));
        }
    }

    /** Reads a list cell of labels into {@code into}; an unknown label is a problem. */
    private static <T> void labelled(Line line, int column, Map<String, T> labels, Set<T> into, int row, String columnKey,
                                     List<Problem> problems) {
        for (String label : ImportSheet.list(cell(line, column))) {
            T value = labels.get(key(label));
            if (value == null) {
                problems.add(new Problem(row, columnKey, "import.label.unknown", List.of(label)));
            } else {
                into.add(value);
            }
        }
    }

    /** "星期六上午" / "Saturday morning" and the like, in either language, to the slot key. */
    private static Map<String, String> slotLabels() {
        Map<String, DayOfWeek> days = ImportSheet.labels(DayOfWeek.values(), "weekday.");
        Map<String, DayPart> parts = ImportSheet.labels(DayPart.values(), "dayPart.");
        Map<String, String> slots = new HashMap<>();
        days.forEach((dayLabel, day) -> parts.forEach((partLabel, part) -> {
            slots.put(dayLabel + partLabel, new Slot(day, part).key());
            slots.put(dayLabel.replace("星期", "周") + partLabel, new Slot(day, part).key()); // 周六上午
        }));
        return slots;
    }

    /** The communities and villages the caller may register volunteers in, by name with or without "妇联". */
    private Map<String, OrgUnit> communities(Caller caller) {
        Map<String, OrgUnit> byName = new HashMap<>();
        em.createQuery("SELECT u FROM OrgUnit u WHERE u.type IN :types", OrgUnit.class)
                .setParameter("types", List.of(UnitType.COMMUNITY, UnitType.VILLAGE)).getResultList().stream()
                .filter(u -> caller.can(Permission.RECORD_EDIT, u.getPath()))
                .forEach(u -> byName.putIfAbsent(communityKey(u.getName()), u));
        return byName;
    }

    private static String communityKey(String name) {
        return key(name).replace("妇联", "");
    }
}
