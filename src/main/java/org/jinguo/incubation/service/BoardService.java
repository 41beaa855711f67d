package org.jinguo.incubation.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jinguo.incubation.model.OrgKind;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.incubation.model.Stage;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;

/** The incubation board (孵化看板): how many organisations stand at each stage, and a column of cards per stage. */
@Stateless
@ScopedToCaller
public class BoardService {

    /** How many cards a column of the board shows; the rest are in the list filtered by that stage. */
    public static final int BOARD_CARDS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public record Card(long id, String name, OrgKind kind, LocalDate since, String originTeam) implements Serializable {
    }

    public record Column(Stage stage, long count, List<Card> cards) implements Serializable {
    }

    /** How many organisations stand at each stage (every stage present, zero or not). */
    public Map<Stage, Long> stageCounts(Long unitId) {
        currentCaller.require(Permission.RECORD_VIEW);
        OrgFilter filter = new OrgFilter();
        filter.setUnitId(unitId);
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        OrganisationService.conditions(em, filter).query(em, "SELECT o.stage, COUNT(o) FROM SocialOrg o", " GROUP BY o.stage", Object[].class)
                .getResultList().forEach(r -> counts.put((Stage) r[0], (Long) r[1]));
        return counts;
    }

    /** The board: a column per stage of the pipeline, longest-waiting first, at most {@link #BOARD_CARDS} cards each. */
    public List<Column> board(Long unitId) {
        Map<Stage, Long> counts = stageCounts(unitId);
        List<Column> columns = new ArrayList<>();
        for (Stage stage : Stage.PIPELINE) {
            OrgFilter filter = new OrgFilter();
            filter.setUnitId(unitId);
            filter.setStage(stage);
            List<Card> cards = counts.get(stage) == 0 ? List.of()
                    : OrganisationService.conditions(em, filter).query(em, "SELECT o FROM SocialOrg o LEFT JOIN FETCH o.originTeam", " ORDER BY o.stageSince, o.id",
                            SocialOrg.class).setMaxResults(BOARD_CARDS).getResultList().stream()
                    .map(o -> new Card(o.getId(), o.getName(), o.getKind(), o.getStageSince(),
                            o.getOriginTeam() == null ? null : o.getOriginTeam().getName()))
                    .toList();
            columns.add(new Column(stage, counts.get(stage), cards));
        }
        return columns;
    }

}
