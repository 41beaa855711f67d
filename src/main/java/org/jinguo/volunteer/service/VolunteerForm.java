package org.jinguo.volunteer.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * A volunteer's profile as staff register or edit it: the person from the registry, what she can do, the
 * bridges she prefers, where and when she can serve ({@code slots} as {@code SATURDAY_MORNING} keys).
 */
public class VolunteerForm extends VolunteerOffer {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    @NotNull(message = "{jinguo.required}")
    private Long personId;
    /** The day she was checked and cleared for work with children (staff only; the public sign-up has no such field). */
    @PastOrPresent(message = "{jinguo.date.notFuture}")
    private LocalDate childClearedOn;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getChildClearedOn() {
        return childClearedOn;
    }

    public void setChildClearedOn(LocalDate childClearedOn) {
        this.childClearedOn = childClearedOn;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }
}
