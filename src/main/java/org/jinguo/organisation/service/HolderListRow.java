package org.jinguo.organisation.service;

import java.time.LocalDate;
import java.util.Set;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.model.PersonTag;

/** One office holder in the roster of a subtree: who, which office, where, in which term, her background. */
public record HolderListRow(long id, String name, Position position, String unitName, LocalDate startsOn,
                            LocalDate endsOn, Set<PersonTag> tags) {
}
