package org.jinguo.incubation.model;

/** What a social organisation does. Labels: {@code orgKind.<NAME>}. */
public enum OrgKind {
    TRAINING, COUNSELLING, VOLUNTEER_SERVICE, FAMILY_EDUCATION, MARRIAGE_FAMILY, SOCIAL_WORK, CULTURE, OTHER
}
