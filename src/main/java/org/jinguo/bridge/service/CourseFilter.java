package org.jinguo.bridge.service;

import java.io.Serializable;
import org.jinguo.bridge.model.CourseKind;
import org.jinguo.vocabulary.ServiceLine;

/** The course list's filter: title or place, line, kind, a unit and below; cancelled courses only when asked. */
public class CourseFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private ServiceLine line;
    private CourseKind kind;
    private Long unitId;
    private boolean withCancelled;

    /** The filter in words for an export's audit entry. */
    public String describe() {
        return "text=" + (text == null ? "" : text.strip()) + " line=" + line + " kind=" + kind + " under=" + unitId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public CourseKind getKind() {
        return kind;
    }

    public void setKind(CourseKind kind) {
        this.kind = kind;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isWithCancelled() {
        return withCancelled;
    }

    public void setWithCancelled(boolean withCancelled) {
        this.withCancelled = withCancelled;
    }
}
