package org.jinguo.bridge.model;

/** Who makes a move of an order: the services check that the caller is the one the move names. */
public enum OrderActor {
    /** The staff of the order's unit (or above). */
    STAFF,
    /** The provider the order is dispatched to (or, for a published order, any provider offering its item there). */
    PROVIDER,
    /** The woman who asked, or staff recording what she said by phone. */
    REQUESTER,
    /** The platform itself (an order left unrated closes after the configured days). */
    SYSTEM
}
