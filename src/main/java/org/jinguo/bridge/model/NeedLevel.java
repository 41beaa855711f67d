package org.jinguo.bridge.model;

/** The colour tag of a family's need (红、橙、黄): red the most urgent. Labels: {@code needLevel.<NAME>}. */
public enum NeedLevel {
    RED, ORANGE, YELLOW
}
