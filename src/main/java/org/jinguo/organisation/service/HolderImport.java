package org.jinguo.organisation.service;

import static org.jinguo.platform.export.ImportSheet.cell;
import static org.jinguo.platform.export.ImportSheet.key;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.organisation.model.OfficeHolder;
import org.jinguo.organisation.model.Position;
import org.jinguo.organisation.model.Term;
import org.jinguo.person.model.Person;
import org.jinguo.person.model.PersonTag;
import org.jinguo.person.service.PersonColumns;
import org.jinguo.person.service.PersonForm;
import org.jinguo.person.service.PersonService;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.export.ImportSheet;
import org.jinguo.platform.export.ImportSheet.CheckedRow;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.platform.export.ImportSheet.Problem;
import org.jinguo.platform.export.SpreadsheetReader.Line;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.platform.sensitive.FieldCipher;
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

    /** One data row as understood, with its problems; {@code existing} when the ID number is in the registry. */
    public record Row(int row, String name, String idCardMasked, Position position, boolean existing,
                      List<Problem> problems) implements CheckedRow {
    }


    /** Checks the file for the term; writes nothing. */
    public Preview<Row> preview(long termId, @NotNull byte[] file) {
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

    private record Checked(Preview<Row> preview, List<Parsed> parsed) {
    }

    private Checked check(Term term, byte[] file) {
        ImportSheet.Sheet sheet = ImportSheet.open(file, MAX_ROWS, COLUMNS, 3);
        if (sheet.problem() != null) {
            return new Checked(Preview.unreadable(sheet.problem()), List.of());
        }
        int[] columns = sheet.columns();
        Map<String, Position> positions = ImportSheet.labels(Position.values(), "position.");
        Map<String, PersonTag> tagLabels = ImportSheet.labels(PersonTag.values(), "personTag.");
        Set<Long> inTerm = new HashSet<>(em.createQuery("SELECT h.person.id FROM OfficeHolder h WHERE h.term.id = :term",
                Long.class).setParameter("term", term.getId()).getResultList());
        boolean chairTaken = !em.createQuery("SELECT h.id FROM OfficeHolder h WHERE h.term.id = :term AND h.position = :chair",
                Long.class).setParameter("term", term.getId()).setParameter("chair", Position.CHAIR).getResultList().isEmpty();
        Map<String, Person> registered = PersonColumns.registered(em, cipher, sheet.rows(), columns[ID_CARD]);
        Map<String, Integer> idRows = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        for (Line line : sheet.rows()) {
            List<Problem> problems = new ArrayList<>();
            int n = line.number();
            PersonColumns.PersonCells person = PersonColumns.read(line, columns[NAME], columns[ID_CARD], COLUMNS.get(NAME),
                    COLUMNS.get(ID_CARD), registered, idRows, problems);
            String name = person.name();
            String idCard = person.idCard();
            Person existing = person.existing();
            if (existing != null && inTerm.contains(existing.getId())) {
                problems.add(new Problem(n, COLUMNS.get(NAME), "holder.alreadyInTerm", List.of(existing.getName())));
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
            for (String label : ImportSheet.list(cell(line, columns[TAGS]))) {
                PersonTag tag = tagLabels.get(key(label));
                if (tag == null) {
                    problems.add(new Problem(n, COLUMNS.get(TAGS), "import.tag.unknown", List.of(label)));
                } else {
                    tags.add(tag);
                }
            }
            if (problems.isEmpty() && position == Position.CHAIR) {
                chairTaken = true; // a second chair further down is a problem
            }
            rows.add(new Row(n, name, idCard.isEmpty() ? "" : Masks.idCard(idCard), position,
                    existing != null, List.copyOf(problems)));
            parsed.add(new Parsed(name, idCard, phone, position, tags, existing));
        }
        return new Checked(new Preview<>(rows, null), parsed);
    }
}
