package org.jinguo.bridge.model;

/** A slot's booking: held, cancelled (the slot is free again), she came and was advised, or she did not come. Labels: {@code bookingStatus.<NAME>}. */
public enum BookingStatus {
    BOOKED, CANCELLED, CONSULTED, NO_SHOW
}
