package org.jinguo.bridge.model;

/** Whether a provider is offered orders. Labels: {@code providerStatus.<NAME>}. */
public enum ProviderStatus {
    /** 待审核: registered, not yet reviewed; offered nothing. */
    PENDING,
    /** 可接单 */
    ACTIVE,
    /** 已暂停: offered nothing until resumed; her orders under way go on. */
    PAUSED
}
