package org.jinguo.organisation.service;

import java.io.Serializable;
import java.util.Set;
import org.jinguo.organisation.model.Position;
import org.jinguo.person.model.PersonTag;

/** An office holder of a term: the person, her office and her background. */
public record HolderRow(long id, long personId, String name, Position position, Set<PersonTag> tags) implements Serializable {
}
