package org.jinguo.bridge.service;

import java.io.Serializable;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.vocabulary.ServiceLine;

/** What the provider list is filtered by; empty fields filter nothing. */
public class ProviderFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private ProviderKind kind;
    private ProviderStatus status;
    private ServiceLine line;
    private Long itemId;
    private Long unitId;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProviderKind getKind() {
        return kind;
    }

    public void setKind(ProviderKind kind) {
        this.kind = kind;
    }

    public ProviderStatus getStatus() {
        return status;
    }

    public void setStatus(ProviderStatus status) {
        this.status = status;
    }

    public ServiceLine getLine() {
        return line;
    }

    public void setLine(ServiceLine line) {
        this.line = line;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }
}
