package org.jinguo.bridge.service;

import java.io.Serializable;

/** A menu item's name in both languages, for rows that show it in the reader's. */
public record ItemName(long id, String zh, String en) implements Serializable {

    public String name(boolean english) {
        return english && en != null && !en.isBlank() ? en : zh;
    }
}
