package org.jinguo.incubation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import org.jinguo.platform.scope.UnitOwned;

/** A room, a desk or a piece of equipment of the base that organisations book. Retired, never deleted. */
@Entity
@Table(name = "base_room")
public class Room extends UnitOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "base_room_ids")
    @TableGenerator(name = "base_room_ids", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "base_room", allocationSize = 10)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private RoomKind kind;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Room() {
    }

    public Room(String name, RoomKind kind, int capacity, String note) {
        this.name = name;
        this.kind = kind;
        this.capacity = capacity;
        this.note = note;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public RoomKind getKind() {
        return kind;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getNote() {
        return note;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
