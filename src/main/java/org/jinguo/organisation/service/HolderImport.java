package org.jinguo.organisation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.jinguo.organisation.model.OfficeHolder;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.model.Term;
import org.jinguo.person.model.Person;
import org.jinguo.person.model.PersonTag;
import org.jinguo.person.service.PersonForm;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.export.SpreadsheetReader;
import org.jinguo.platform.export.SpreadsheetReader.Line;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;
import org.jinguo.platform.sensitive.Masks;

/**
 * Importing a term's office holders from the downloadable Excel template. {@link #preview} checks every
 * row and writes nothing: each problem is reported with its row and column. {@link #importValid} then
 * takes in the rows without a problem, in one transaction, only when the user chooses to. A person is
 * found by her ID number (in the user's scope) or else added to the registry in the term's unit.
 */
@Stateless
@ScopedToCaller
public class HolderImport {

    public static final int MAX_ROWS = 2000;

    /** The template's columns, by bundle key; the first three must be filled in. */
    public static final List<String> COLUMNS = List.of("import.column.name", "import.column.idCard",
            "import.column.position", "import.column.phone", "import.column.tags");
    static final int NAME = 0;
    static final int ID_CARD = 1;
    static final int POSITION = 2;
    static final int PHONE = 3;
    static final int TAGS = 4;
    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    FieldCipher cipher;

    @Inject
    PersonService people;

    @Inject
    TermService terms;

    /** A problem found: at a row and column of the sheet ({@code 0}/{@code null} for the file as a whole). */
    public record Problem(int row, String column, String messageKey, List<String> arguments) implements Serializable {
    }

    /** One data row as understood, with its problems; {@code existing} when the ID number is in the registry. */
    public record Row(int row, String name, String idCardMasked, Position position, boolean existing,
                      List<Problem> problems) implements Serializable {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** What an import would do: every row, and how many are valid; {@code fileProblem} when the file cannot be read. */
    public record Preview(List<Row> rows, Problem fileProblem) implements Serializable {

        public long validCount() {
            return rows.stream().filter(Row::valid).count();
        }

        public long invalidCount() {
            return rows.size() - validCount();
        }

        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>();
            if (fileProblem != null) {
                all.add(fileProblem);
            }
            rows.forEach(row -> all.addAll(row.problems()));
            return all;
        }
    }

    /** Checks the file for the term; writes nothing. */
    public Preview preview(long termId, @NotNull byte[] file) {
        Term term = editableTerm(termId);
        return check(term, file).preview();
    }

    /** Imports the valid rows of the file (checked again now); returns how many office holders were added. */
    public int importValid(long termId, @NotNull byte[] file) {
        Term term = editableTerm(termId);
        Checked checked = check(term, file);
        if (checked.preview().fileProblem() != null) {
            throw new BusinessRuleException(checked.preview().fileProblem().messageKey(), null);
        }
        int added = 0;
        for (int i = 0; i < checked.preview().rows().size(); i++) {
            Row row = checked.preview().rows().get(i);
            if (!row.valid()) {
                continue;
            }
            Parsed parsed = checked.parsed().get(i);
            long personId;
            if (parsed.existing() != null) {
                Person person = parsed.existing();
                if (!parsed.tags().isEmpty()) {
                    Set<PersonTag> tags = EnumSet.copyOf(parsed.tags());
                    tags.addAll(person.getTags());
                    person.setTags(tags);
                }
                personId = person.getId();
            } else {
                PersonForm form = new PersonForm();
                form.setUnitId(term.getUnit().getId());
                form.setName(parsed.name());
                form.setIdCard(parsed.idCard());
                form.setPhone(parsed.phone().isEmpty() ? null : parsed.phone());
                form.setTags(parsed.tags().isEmpty() ? EnumSet.noneOf(PersonTag.class) : EnumSet.copyOf(parsed.tags()));
                personId = people.create(form);
            }
            terms.addHolder(term.getId(), personId, parsed.position());
            added++;
        }
        return added;
    }

    private Term editableTerm(long termId) {
        Caller caller = currentCaller.require(Permission.RECORD_EDIT);
        Term term = Scoped.byId(em, Term.class, termId);
        caller.require(Permission.RECORD_EDIT, term.getUnitPath());
        return term;
    }

    private record Parsed(String name, String idCard, String phone, Position position, Set<PersonTag> tags,
                          Person existing) {
    }

    private record Checked(Preview preview, List<Parsed> parsed) {
    }

    private Checked check(Term term, byte[] file) {
        List<Line> lines;
        try {
            lines = SpreadsheetReader.read(file, MAX_ROWS);
        } catch (SpreadsheetReader.UnreadableException e) {
            return new Checked(new Preview(List.of(), new Problem(0, null, e.messageKey(), List.of())), List.of());
        }
        int[] columns = columns(lines.get(0));
        for (int i = 0; i < 3; i++) {
            if (columns[i] < 0) {
                return new Checked(new Preview(List.of(), new Problem(lines.get(0).number(), COLUMNS.get(i),
                        "import.column.missing", List.of())), List.of());
            }
        }
        Map<String, Position> positions = labels(Position.values(), "position.");
        Map<String, PersonTag> tagLabels = labels(PersonTag.values(), "personTag.");
        Set<Long> inTerm = new HashSet<>(em.createQuery("SELECT h.person.id FROM OfficeHolder h WHERE h.term.id = :term",
                Long.class).setParameter("term", term.getId()).getResultList());
        boolean chairTaken = !em.createQuery("SELECT h.id FROM OfficeHolder h WHERE h.term.id = :term AND h.position = :chair",
                Long.class).setParameter("term", term.getId()).setParameter("chair", Position.CHAIR).getResultList().isEmpty();
        Map<String, Person> registered = registered(lines.subList(1, lines.size()), columns[ID_CARD]);
        Map<String, Integer> idRows = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (Line line : lines.subList(1, lines.size())) {
            List<Problem> problems = new ArrayList<>();
            int n = line.number();
            String name = cell(line, columns[NAME]);
            if (name.isEmpty()) {
                problems.add(new Problem(n, COLUMNS.get(NAME), "import.required", List.of()));
            } else if (name.length() > 50) {
                problems.add(new Problem(n, COLUMNS.get(NAME), "import.tooLong", List.of("50")));
            }
            String idCard = IdCardNumber.normalise(cell(line, columns[ID_CARD]));
            Person existing = null;
            if (idCard == null || idCard.isEmpty()) {
                problems.add(new Problem(n, COLUMNS.get(ID_CARD), "import.required", List.of()));
            } else if (line.isNumeric(columns[ID_CARD])) {
                problems.add(new Problem(n, COLUMNS.get(ID_CARD), "import.idCard.numeric", List.of()));
            } else if (!IdCardNumber.isValid(idCard)) {
                problems.add(new Problem(n, COLUMNS.get(ID_CARD), "person.idCard.invalid", List.of()));
            } else if (idRows.containsKey(idCard)) {
                problems.add(new Problem(n, COLUMNS.get(ID_CARD), "import.idCard.repeated",
                        List.of(String.valueOf(idRows.get(idCard)))));
            } else {
                idRows.put(idCard, n);
                existing = registered.get(idCard);
                if (existing != null && !name.isEmpty() && !existing.getName().equals(name)) {
                    problems.add(new Problem(n, COLUMNS.get(NAME), "import.idCard.otherName", List.of(existing.getName())));
                } else if (existing != null && inTerm.contains(existing.getId())) {
                    problems.add(new Problem(n, COLUMNS.get(NAME), "holder.alreadyInTerm", List.of(existing.getName())));
                }
            }
            String positionText = cell(line, columns[POSITION]);
            Position position = positions.get(key(positionText));
            if (positionText.isEmpty()) {
                problems.add(new Problem(n, COLUMNS.get(POSITION), "import.required", List.of()));
            } else if (position == null) {
                problems.add(new Problem(n, COLUMNS.get(POSITION), "import.position.unknown", List.of(positionText)));
            } else if (position == Position.CHAIR && chairTaken) {
                problems.add(new Problem(n, COLUMNS.get(POSITION), "holder.chairTaken", List.of()));
            }
            String phone = cell(line, columns[PHONE]);
            if (phone.length() > 30 || !phone.matches("[0-9+() -]*")) {
                problems.add(new Problem(n, COLUMNS.get(PHONE), "import.phone.invalid", List.of()));
            }
            Set<PersonTag> tags = EnumSet.noneOf(PersonTag.class);
            for (String label : cell(line, columns[TAGS]).split("[、,，;；]")) {
                if (!label.isBlank()) {
                    PersonTag tag = tagLabels.get(key(label));
                    if (tag == null) {
                        problems.add(new Problem(n, COLUMNS.get(TAGS), "import.tag.unknown", List.of(label.strip())));
                    } else {
                        tags.add(tag);
                    }
                }
            }
            if (problems.isEmpty() && position == Position.CHAIR) {
                chairTaken = true; // a second chair further down is a problem
            }
            rows.add(new Row(n, name, idCard == null || idCard.isEmpty() ? "" : Masks.idCard(idCard), position,
                    existing != null, List.copyOf(problems)));
            parsed.add(new Parsed(name, idCard, phone, position, tags, existing));
        }
        return new Checked(new Preview(rows, null), parsed);
    }

    /** The people of the registry (in the user's scope) with the sheet's valid ID numbers, looked up 500 at a time. */
    private Map<String, Person> registered(List<Line> rows, int column) {
        Map<String, String> idByHash = new HashMap<>();
        for (Line line : rows) {
            String idCard = IdCardNumber.normalise(cell(line, column));
            if (idCard != null && IdCardNumber.isValid(idCard)) {
                idByHash.put(cipher.searchHash(idCard), idCard);
            }
        }
        Map<String, Person> registered = new HashMap<>();
        List<String> hashes = new ArrayList<>(idByHash.keySet());
        for (int from = 0; from < hashes.size(); from += 500) {
            em.createQuery("SELECT p FROM Person p WHERE p.idCardHash IN :hashes", Person.class)
                    .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + 500)))
                    .getResultList()
                    .forEach(person -> registered.putIfAbsent(idByHash.get(person.getIdCardHash()), person));
        }
        return registered;
    }

    /** Where each template column stands, found by its header in either language; -1 when missing. */
    static int[] columns(Line header) {
        int[] columns = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            columns[i] = -1;
            for (Locale language : LANGUAGES) {
                String title = key(bundle(language).getString(COLUMNS.get(i)));
                for (int c = 0; c < header.cells().size() && columns[i] < 0; c++) {
                    if (key(header.cell(c)).equals(title)) {
                        columns[i] = c;
                    }
                }
            }
        }
        return columns;
    }

    /** Each value's label, in either language, to the value (compared without case, spaces or a trailing "*"). */
    static <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix) {
        Map<String, E> labels = new HashMap<>();
        for (E value : values) {
            labels.put(key(value.name()), value);
            for (Locale language : LANGUAGES) {
                labels.put(key(bundle(language).getString(prefix + value.name())), value);
            }
        }
        return labels;
    }

    private static String cell(Line line, int column) {
        return column < 0 ? "" : line.cell(column);
    }

    private static String key(String text) {
        return text.replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle("i18n.messages", language);
    }
}
