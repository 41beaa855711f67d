package org.jinguo.bridge.model;

/**
 * A referral of a seeker to a position: sent, the employer said yes (an interview or a trial) or no, she was placed.
 * Labels: {@code referralStatus.<NAME>}.
 */
public enum ReferralStatus {
    REFERRED, ACCEPTED, DECLINED, PLACED;

    /** Whether the employer's answer may still be recorded. */
    public boolean awaitsAnswer() {
        return this == REFERRED;
    }
}
