package org.jinguo.incubation.model;

/** What can be booked at the base. Labels: {@code roomKind.<NAME>}. */
public enum RoomKind {
    ROOM, DESK, EQUIPMENT
}
