package org.jinguo.organisation.service;

import java.io.Serializable;
import java.time.LocalDate;

/** A term in a unit's history, with how many hold each office. */
public record TermRow(long id, LocalDate electionDate, LocalDate startsOn, LocalDate endsOn, boolean current,
                      long chairs, long viceChairs, long executiveMembers) implements Serializable {
}
