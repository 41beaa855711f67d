package org.jinguo.incubation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.RoomKind;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.model.SupportKind;
import org.jinguo.purchase.model.ContractStatus;
import org.jinguo.purchase.model.Programme;

/** The choices the incubation and purchase pages offer (labels: the enum's bundle prefix + name), and money as people read it. */
@Named("incubationChoices")
@ApplicationScoped
public class IncubationChoices {

    public OrgKind[] getKinds() {
        return OrgKind.values();
    }

    public LegalStatus[] getLegalStatuses() {
        return LegalStatus.values();
    }

    public Stage[] getStages() {
        return Stage.values();
    }

    public List<Stage> getPipeline() {
        return List.copyOf(Stage.PIPELINE);
    }

    public SupportKind[] getSupportKinds() {
        return SupportKind.values();
    }

    public RoomKind[] getRoomKinds() {
        return RoomKind.values();
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public Programme[] getProgrammes() {
        return Programme.values();
    }

    public ContractStatus[] getContractStatuses() {
        return ContractStatus.values();
    }

    public int[] getScores() {
        return new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    }

    /** Yuan with thousands separators and two decimals: 50,000.00. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
