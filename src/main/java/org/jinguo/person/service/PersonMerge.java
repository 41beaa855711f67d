package org.jinguo.person.service;

import org.jinguo.person.model.Person;

/**
 * Fired by {@link PersonService#merge} inside its transaction, before the duplicate record is deleted:
 * every feature that links to people observes it and moves its own links from {@code duplicate} to
 * {@code kept} (or refuses the merge with a {@code BusinessRuleException}, which rolls everything back).
 * The registry itself knows none of them. Observers run in the order of their {@code @Priority}.
 */
public record PersonMerge(Person kept, Person duplicate) {

    /** The id of the record that stays. */
    public Long keptId() {
        return kept.getId();
    }

    /** The id of the record that goes. */
    public Long duplicateId() {
        return duplicate.getId();
    }
}
