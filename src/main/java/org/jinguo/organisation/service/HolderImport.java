package org.jinguo.organisation.service;

import static org.jinguo.platform.export.ImportSheet.cell;
import static org.jinguo.platform.export.ImportSheet.key;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
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
import org.jinguo.platform.export.ImportSheet.CheckedRow;
import org.jinguo.platform.export.ImportSheet.Preview;
import org.jinguo.platform.export.ImportSheet.Problem;
import org.jinguo.platform.export.ImportSheet;
import org.jinguo.platform.export.RowImport;
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

    private static final RowImport<Row, Parsed> TEMPLATE = new RowImport<>(MAX_ROWS, COLUMNS, 3);

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
        return check(term, file).importValid(parsed -> {
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
        });
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

    private RowImport.Checked<Row, Parsed> check(Term term, byte[] file) {
        return TEMPLATE.check(file, sheet -> new Reader(term, sheet));
    }

    /** Reads the rows of one sheet for one term, knowing the term's holders and the people the sheet names. */
    private final class Reader implements RowImport.RowReader<Row, Parsed> {

        private final int[] columns;
        private final Map<String, Position> positions = ImportSheet.labels(Position.values(), "position.");
        private final Map<String, PersonTag> tagLabels = ImportSheet.labels(PersonTag.values(), "personTag.");
        private final Set<Long> inTerm;
        private final Map<String, Person> registered;
        private final Map<String, Integer> idRows = new HashMap<>();
        private boolean chairTaken;

        Reader(Term term, ImportSheet.Sheet sheet) {
            columns = sheet.columns();
            inTerm = new HashSet<>(em.createQuery("SELECT h.person.id FROM OfficeHolder h WHERE h.term.id = :term",
                    Long.class).setParameter("term", term.getId()).getResultList());
            chairTaken = !em.createQuery("SELECT h.id FROM OfficeHolder h WHERE h.term.id = :term AND h.position = :chair",
                    Long.class).setParameter("term", term.getId()).setParameter("chair", Position.CHAIR).getResultList().isEmpty();
            registered = PersonColumns.registered(em, cipher, sheet.rows(), columns[ID_CARD]);
        }

        @Override
        public RowImport.Read<Row, Parsed> read(Line line, List<Problem> problems) {
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
            return new RowImport.Read<>(new Row(n, name, idCard.isEmpty() ? "" : Masks.idCard(idCard), position,
                    existing != null, List.copyOf(problems)), new Parsed(name, idCard, phone, position, tags, existing));
        }
    }
}
