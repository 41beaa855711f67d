package org.jinguo.incubation.service;

import java.io.Serializable;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.Stage;

/** What the organisation list is filtered by; empty fields filter nothing. */
public class OrgFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private OrgKind kind;
    private LegalStatus legalStatus;
    private Stage stage;
    private Long unitId;
    private boolean fromTeamsOnly;
    private boolean residentsOnly;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public OrgKind getKind() {
        return kind;
    }

    public void setKind(OrgKind kind) {
        this.kind = kind;
    }

    public LegalStatus getLegalStatus() {
        return legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isFromTeamsOnly() {
        return fromTeamsOnly;
    }

    public void setFromTeamsOnly(boolean fromTeamsOnly) {
        this.fromTeamsOnly = fromTeamsOnly;
    }

    /** Only organisations at the base now (moved in or incubating): those that may book its rooms. */
    public boolean isResidentsOnly() {
        return residentsOnly;
    }

    public void setResidentsOnly(boolean residentsOnly) {
        this.residentsOnly = residentsOnly;
    }
}
