package org.jinguo.bridge.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;
import org.jinguo.platform.persistence.BaseEntity;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The service levels of one line (the district's): an order is accepted within so many working days of coming in,
 * dispatched within so many, and closes itself when left unrated so many days after it was reported done. One row
 * per line, written by the migration.
 */
@Entity
@Table(name = "bridge_line_level")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class LineLevel extends BaseEntity {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "line", nullable = false, length = 32, updatable = false)
    private ServiceLine line;

    @Column(name = "accept_days", nullable = false)
    private int acceptDays;

    @Column(name = "dispatch_days", nullable = false)
    private int dispatchDays;

    @Column(name = "rate_days", nullable = false)
    private int rateDays;

    protected LineLevel() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public ServiceLine getLine() {
        return line;
    }

    public int getAcceptDays() {
        return acceptDays;
    }

    public int getDispatchDays() {
        return dispatchDays;
    }

    public int getRateDays() {
        return rateDays;
    }

    public void set(int acceptDays, int dispatchDays, int rateDays) {
        this.acceptDays = acceptDays;
        this.dispatchDays = dispatchDays;
        this.rateDays = rateDays;
    }
}
