package org.jinguo.incubation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.jinguo.incubation.model.Decision;
import org.jinguo.incubation.model.LegalStatus;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.RoomKind;
import org.jinguo.incubation.model.Stage;
import org.jinguo.incubation.model.SupportKind;

/** The choices the incubation pages offer (labels: the enum's bundle prefix + name). */
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

    public int[] getScores() {
        return new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    }
}
