package org.jinguo.childcare.model;

/** Who chose the time and place of a counselling series. Labels: {@code chosenBy.<NAME>}. */
public enum ChosenBy {
    GUARDIAN, CHILD
}
