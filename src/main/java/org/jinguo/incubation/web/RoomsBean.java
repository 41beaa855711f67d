package org.jinguo.incubation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jinguo.incubation.service.RoomForm;
import org.jinguo.incubation.service.SupportService.RoomRow;
import org.jinguo.incubation.service.SupportService;
import org.jinguo.platform.audit.AuditTrail;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.web.Downloads;
import org.jinguo.platform.web.SheetColumns;
import org.jinguo.platform.web.Texts;
import org.jinguo.platform.web.UiActions;
import org.jinguo.unit.service.UnitDirectory;
import org.jinguo.unit.service.UnitRow;

/** The base's rooms, desks and equipment (基地服务 · 场地): the list, a new one, retiring and restoring, export. */
@Named
@ViewScoped
public class RoomsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The rooms as a spreadsheet shows them. */
    static final SheetColumns<RoomRow> COLUMNS = SheetColumns.of(RoomRow.class)
            .column("room.name", RoomRow::name)
            .column("room.kind", RoomRow::kind)
            .column("room.capacity", RoomRow::capacity)
            .column("room.note", RoomRow::note)
            .column("org.unit", RoomRow::unitName)
            .column("room.retired", row -> row.active() ? "" : SheetColumns.label("action.yes"));

    @Inject
    SupportService support;
    @Inject
    UnitDirectory units;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    AuditTrail auditTrail;

    private List<RoomRow> rooms;
    private RoomForm roomForm = new RoomForm();
    private UnitRow roomUnit;

    @PostConstruct
    void init() {
        rooms = support.rooms();
    }

    public void saveRoom() {
        roomForm.setUnitId(roomUnit == null ? currentCaller.require().unitId() : roomUnit.id());
        UiActions.attempt("roomForm", () -> {
            support.saveRoom(roomForm);
            rooms = support.rooms();
            UiActions.info("room.saved", roomForm.getName());
            roomForm = new RoomForm();
        });
    }

    public void setRoomActive(RoomRow room, boolean active) {
        RoomForm form = new RoomForm();
        form.setId(room.id());
        form.setUnitId(currentCaller.require().unitId());
        form.setName(room.name());
        form.setKind(room.kind());
        form.setCapacity(room.capacity());
        form.setActive(active);
        UiActions.attempt("roomsForm", () -> {
            support.saveRoom(form);
            rooms = support.rooms();
        });
    }

    public void exportRooms() throws IOException {
        Downloads.xlsx(Texts.get("room.title"), COLUMNS, rooms, count -> auditTrail.exported("Room", count, null));
    }

    public List<UnitRow> completeUnit(String query) {
        return units.search(query, 0, 20);
    }

    /** Every room, retired ones too (the bookings' filter). */
    public List<RoomRow> getRooms() {
        return rooms;
    }

    /** The rooms that can be booked. */
    public List<RoomRow> getActiveRooms() {
        return rooms.stream().filter(RoomRow::active).toList();
    }

    public RoomForm getRoomForm() {
        return roomForm;
    }

    public UnitRow getRoomUnit() {
        return roomUnit;
    }

    public void setRoomUnit(UnitRow roomUnit) {
        this.roomUnit = roomUnit;
    }
}
