package org.jinguo.purchase.service;

import java.io.Serializable;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Programme;

/** What the contract list is filtered by; empty fields filter nothing. */
public class ContractFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private ContractStatus status;
    private Programme programme;
    private Long unitId;
    private Long providerId;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public void setStatus(ContractStatus status) {
        this.status = status;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }
}
