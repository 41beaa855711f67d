package org.jinguo.person.service;

import static org.jinguo.platform.export.ImportSheet.cell;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.jinguo.person.model.Person;
import org.jinguo.platform.export.ImportSheet.Problem;
import org.jinguo.platform.export.SpreadsheetReader.Line;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;

/**
 * The name and ID-number columns of every import of people, checked the same way: the name given and not
 * too long; the number given, kept as text, valid and not repeated in the sheet; and, when the registry
 * knows the number, the same name there.
 */
public final class PersonColumns {

    private PersonColumns() {
    }

    /** What a row's name and number are; {@code existing} is the registry's person with the number, if the names agree. */
    public record PersonCells(String name, String idCard, Person existing) {
    }

    /** The registry's people (in the caller's scope) with the numbers in {@code idColumn} of {@code rows}, by number. */
    public static Map<String, Person> registered(EntityManager em, FieldCipher cipher, List<Line> rows, int idColumn) {
        return RegisteredPeople.byIdCards(em, cipher,
                rows.stream().map(line -> IdCardNumber.normalise(cell(line, idColumn))).toList());
    }

    /**
     * Reads and checks the row's name and number, adding each problem found to {@code problems};
     * {@code idRows} remembers the row of each number seen so far, {@code registered} is the registry's people by number.
     */
    public static PersonCells read(Line line, int nameColumn, int idColumn, String nameKey, String idKey,
                                   Map<String, Person> registered, Map<String, Integer> idRows, List<Problem> problems) {
        int n = line.number();
        String name = cell(line, nameColumn);
        if (name.isEmpty()) {
            problems.add(new Problem(n, nameKey, "import.required", List.of()));
        } else if (name.length() > 50) {
            problems.add(new Problem(n, nameKey, "import.tooLong", List.of("50")));
        }
        String idCard = IdCardNumber.normalise(cell(line, idColumn));
        Person existing = null;
        if (idCard == null || idCard.isEmpty()) {
            problems.add(new Problem(n, idKey, "import.required", List.of()));
        } else if (line.isNumeric(idColumn)) {
            problems.add(new Problem(n, idKey, "import.idCard.numeric", List.of()));
        } else if (!IdCardNumber.isValid(idCard)) {
            problems.add(new Problem(n, idKey, "person.idCard.invalid", List.of()));
        } else if (idRows.containsKey(idCard)) {
            problems.add(new Problem(n, idKey, "import.idCard.repeated", List.of(String.valueOf(idRows.get(idCard)))));
        } else {
            idRows.put(idCard, n);
            existing = registered.get(idCard);
            if (existing != null && !name.isEmpty() && !existing.getName().equals(name)) {
                problems.add(new Problem(n, nameKey, "import.idCard.otherName", List.of(existing.getName())));
                existing = null;
            }
        }
        return new PersonCells(name, idCard == null ? "" : idCard, existing);
    }
}
