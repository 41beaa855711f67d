package org.jinguo.incubation.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an organisation stands in the incubation pipeline (孵化流程): 接受申请 → 考察辅导 → 入住评估 → 入壳
 * → 孵化 → 出壳 → 跟踪辅导, or 未通过 (rejected) / 已退出 (withdrawn), both with a reason. Labels:
 * {@code stage.<NAME>}. The moves allowed are written here and nowhere else.
 */
public enum Stage {
    APPLIED, INSPECTION, ASSESSMENT, MOVED_IN, INCUBATING, GRADUATED, FOLLOW_UP, REJECTED, WITHDRAWN;

    /** The stages of the pipeline proper, in order (the board's columns). */
    public static final Set<Stage> PIPELINE = EnumSet.range(APPLIED, FOLLOW_UP);

    /** The stages where the organisation is at the base (holds rooms and desks). */
    public static final Set<Stage> RESIDENT = EnumSet.of(MOVED_IN, INCUBATING);

    /** Where an organisation at this stage may go next. */
    public Set<Stage> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(INSPECTION, REJECTED, WITHDRAWN);
            case INSPECTION -> EnumSet.of(ASSESSMENT, REJECTED, WITHDRAWN);
            // rejected here only through an assessment whose decision is "reject" (see PipelineService)
            case ASSESSMENT -> EnumSet.of(MOVED_IN, REJECTED, WITHDRAWN);
            case MOVED_IN -> EnumSet.of(INCUBATING, WITHDRAWN);
            case INCUBATING -> EnumSet.of(GRADUATED, WITHDRAWN);
            case GRADUATED -> EnumSet.of(FOLLOW_UP);
            case FOLLOW_UP, REJECTED, WITHDRAWN -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean allows(Stage target) {
        return next().contains(target);
    }

    /** Whether going to this stage needs a reason (rejected, withdrawn). */
    public boolean needsReason() {
        return this == REJECTED || this == WITHDRAWN;
    }

    /** Whether the organisation has left the pipeline for good. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
