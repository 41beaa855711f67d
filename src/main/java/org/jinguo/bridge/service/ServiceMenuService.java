package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.bridge.model.LineLevel;
import org.jinguo.bridge.model.PaidBy;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.errors.RecordNotFoundException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.vocabulary.ServiceLine;

/**
 * The Bridge's service menu (服务菜单), one per line, and the lines' service levels: the district's, read by every
 * unit's staff, kept by those with {@link Permission#SERVICE_MENU_MANAGE}. An item is never deleted, only retired,
 * so past orders keep naming it.
 */
@Stateless
@ScopedToCaller
public class ServiceMenuService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** A menu item, with how many providers offer it. */
    public record ItemRow(long id, ServiceLine line, String nameZh, String nameEn, String description,
                          Integer durationMinutes, BigDecimal price, String priceUnit, PaidBy paidBy,
                          Set<ProviderKind> kinds, int sortOrder, boolean active, long providers) implements Serializable {

        public String name(boolean english) {
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
        }

        public boolean free() {
            return price == null;
        }
    }

    public record LevelRow(ServiceLine line, int acceptDays, int dispatchDays, int rateDays, long version)
            implements Serializable {
    }

    /** The items of a line (every line when null) in menu order, retired ones only when asked. */
    public List<ItemRow> items(ServiceLine line, boolean withRetired) {
        currentCaller.require(Permission.RECORD_VIEW);
        List<ServiceItem> items = new Conditions()
                .addIf(line != null, "i.line = :line", "line", () -> line)
                .addIf(!withRetired, "i.active = TRUE")
                .query(em, "SELECT i FROM ServiceItem i", " ORDER BY i.line, i.sortOrder, i.id", ServiceItem.class).getResultList();
        Map<Long, Long> providers = new HashMap<>();
        if (!items.isEmpty()) {
            em.createQuery("SELECT i.id, COUNT(p) FROM Provider p JOIN p.items i WHERE i IN :items GROUP BY i.id", Object[].class)
                    .setParameter("items", items).getResultList()
                    .forEach(r -> providers.put((Long) r[0], (Long) r[1]));
        }
        return items.stream().map(i -> new ItemRow(i.getId(), i.getLine(), i.getNameZh(), i.getNameEn(), i.getDescription(),
                i.getDurationMinutes(), i.getPrice(), i.getPriceUnit(), i.getPaidBy(), i.getKinds(), i.getSortOrder(),
                i.isActive(), providers.getOrDefault(i.getId(), 0L))).toList();
    }

    public ItemForm editForm(long id) {
        currentCaller.require(Permission.SERVICE_MENU_MANAGE);
        ServiceItem item = item(id);
        ItemForm form = new ItemForm();
        form.setId(item.getId());
        form.setVersion(item.getVersion());
        form.setLine(item.getLine());
        form.setNameZh(item.getNameZh());
        form.setNameEn(item.getNameEn());
        form.setDescription(item.getDescription());
        form.setDurationMinutes(item.getDurationMinutes());
        form.setPrice(item.getPrice());
        form.setPriceUnit(item.getPriceUnit());
        form.setPaidBy(item.getPaidBy());
        form.setKinds(new java.util.ArrayList<>(item.getKinds()));
        form.setSortOrder(item.getSortOrder());
        form.setActive(item.isActive());
        return form;
    }

    /** Adds an item (no id) or changes one; a priced item needs its unit and who pays. */
    public long save(@NotNull @Valid ItemForm form) {
        currentCaller.require(Permission.SERVICE_MENU_MANAGE);
        boolean priced = form.getPrice() != null && form.getPrice().signum() > 0;
        if (priced && blankToNull(form.getPriceUnit()) == null) {
            throw new BusinessRuleException("bridge.item.priceUnitRequired", "priceUnit");
        }
        if (priced && form.getPaidBy() == null) {
            throw new BusinessRuleException("bridge.item.paidByRequired", "paidBy");
        }
        ServiceItem item;
        if (form.getId() == null) {
            Integer last = em.createQuery("SELECT MAX(i.sortOrder) FROM ServiceItem i WHERE i.line = :line", Integer.class)
                    .setParameter("line", form.getLine()).getSingleResult();
            item = new ServiceItem(form.getLine(), form.getNameZh().strip(), last == null ? 10 : last + 10);
            em.persist(item);
        } else {
            item = item(form.getId());
            if (item.getVersion() != form.getVersion()) {
                throw new ConcurrentChangeException();
            }
            item.setLine(form.getLine());
            item.setNameZh(form.getNameZh().strip());
            item.setActive(form.isActive());
        }
        item.setNameEn(blankToNull(form.getNameEn()));
        item.setDescription(blankToNull(form.getDescription()));
        item.setDurationMinutes(form.getDurationMinutes());
        item.setPrice(form.getPrice(), blankToNull(form.getPriceUnit()), form.getPaidBy());
        item.setKinds(form.getKinds());
        em.flush();
        return item.getId();
    }

    public List<LevelRow> levels() {
        currentCaller.require(Permission.RECORD_VIEW);
        return em.createQuery("SELECT l FROM LineLevel l ORDER BY l.id", LineLevel.class).getResultList().stream()
                .map(l -> new LevelRow(l.getLine(), l.getAcceptDays(), l.getDispatchDays(), l.getRateDays(), l.getVersion()))
                .toList();
    }

    /** Changes a line's levels; orders already in keep the due dates they were given. */
    public void saveLevel(@NotNull ServiceLine line, @Min(value = 0, message = "{jinguo.count.negative}")
                          @Max(value = 30, message = "{jinguo.count.max}") int acceptDays,
                          @Min(value = 0, message = "{jinguo.count.negative}")
                          @Max(value = 30, message = "{jinguo.count.max}") int dispatchDays,
                          @Min(value = 1, message = "{jinguo.count.min}")
                          @Max(value = 90, message = "{jinguo.count.max}") int rateDays, long version) {
        currentCaller.require(Permission.SERVICE_MENU_MANAGE);
        LineLevel level = level(em, line);
        if (level.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        level.set(acceptDays, dispatchDays, rateDays);
        em.flush();
    }

    static LineLevel level(EntityManager em, ServiceLine line) {
        return em.createQuery("SELECT l FROM LineLevel l WHERE l.line = :line", LineLevel.class)
                .setParameter("line", line).getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
    }

    private ServiceItem item(long id) {
        return em.createQuery("SELECT i FROM ServiceItem i WHERE i.id = :id", ServiceItem.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(RecordNotFoundException::new);
    }
}
