package org.jinguo.childcare.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** An activity of the volunteer feature the child of a case took part in, with what it was for her and a note. */
@Embeddable
public class JoinedActivity {

    @Column(name = "activity_id", nullable = false)
    private long activityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ActivityKind kind;

    @Column(name = "note", length = 300)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 50)
    private String recordedBy;

    protected JoinedActivity() {
    }

    public JoinedActivity(long activityId, ActivityKind kind, String note, String recordedBy) {
        this.activityId = activityId;
        this.kind = Objects.requireNonNull(kind);
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public long activityId() {
        return activityId;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JoinedActivity a && a.activityId == activityId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(activityId);
    }
}
