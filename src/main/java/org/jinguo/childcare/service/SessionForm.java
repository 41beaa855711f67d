package org.jinguo.childcare.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.jinguo.childcare.model.CancelledBy;
import org.jinguo.childcare.model.SessionStatus;

/** What happened at a session, as the counsellor (or the caseworker) records it. */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long sessionId;
    private long version;
    @NotNull(message = "{jinguo.required}")
    private SessionStatus outcome = SessionStatus.ATTENDED;
    private CancelledBy cancelledBy;
    @Min(value = 0, message = "{jinguo.count.negative}")
    @Max(value = 480, message = "{jinguo.count.max}")
    private int minutes;
    @Size(max = 1000, message = "{jinguo.size.max}")
    private String notes;
    @Min(value = 1, message = "{jinguo.count.min}")
    @Max(value = 5, message = "{jinguo.count.max}")
    private Integer progress;

    public long getSessionId() {
        return sessionId;
    }

    public void setSessionId(long sessionId) {
        this.sessionId = sessionId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public SessionStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(SessionStatus outcome) {
        this.outcome = outcome;
    }

    public CancelledBy getCancelledBy() {
        return cancelledBy;
    }

    public void setCancelledBy(CancelledBy cancelledBy) {
        this.cancelledBy = cancelledBy;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }
}
