package org.jinguo.incubation.model;

/** What the base gives an organisation. Labels: {@code supportKind.<NAME>}. Room and desk bookings count as SPACE in reports. */
public enum SupportKind {
    SPACE, REGISTRATION, TRAINING, CONSULTING, RESOURCE_MATCHING, FUNDING, POLICY, INFORMATION
}
