package org.jinguo.childcare.model;

/** Why the project follows her: 孤儿 an orphan (both parents dead or missing) or 事实无人抚养儿童 a de-facto unsupported child of a family in hardship. Labels: {@code childCategory.<NAME>}. */
public enum ChildCategory {
    ORPHAN, UNSUPPORTED
}
