package org.jinguo.unit.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/** One of a unit's service stations: a place with an address and hours, or an online women's home with a link. */
@Embeddable
public class ServiceStation implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private StationKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "address", length = 255)
    private String address;

    @Column(name = "opening_hours", length = 100)
    private String openingHours;

    @Column(name = "link", length = 255)
    private String link;

    protected ServiceStation() {
    }

    public ServiceStation(StationKind kind, String name, String address, String openingHours, String link) {
        this.kind = kind;
        this.name = name;
        this.address = address;
        this.openingHours = openingHours;
        this.link = link;
    }

    public StationKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getLink() {
        return link;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ServiceStation that && kind == that.kind && Objects.equals(name, that.name)
                && Objects.equals(address, that.address) && Objects.equals(openingHours, that.openingHours)
                && Objects.equals(link, that.link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, name, address, openingHours, link);
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
