package org.jinguo.bridge.service;

import static org.jinguo.platform.persistence.Columns.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jinguo.bridge.model.OrderStatus;
import org.jinguo.bridge.model.Provider;
import org.jinguo.bridge.model.ProviderKind;
import org.jinguo.bridge.model.ProviderStatus;
import org.jinguo.bridge.model.ServiceItem;
import org.jinguo.incubation.model.SocialOrg;
import org.jinguo.person.model.Person;
import org.jinguo.platform.errors.BusinessRuleException;
import org.jinguo.platform.errors.ConcurrentChangeException;
import org.jinguo.platform.persistence.Conditions;
import org.jinguo.platform.persistence.Like;
import org.jinguo.platform.persistence.Sorting;
import org.jinguo.platform.scope.Scoped;
import org.jinguo.platform.scope.ScopedToCaller;
import org.jinguo.platform.security.Caller;
import org.jinguo.platform.security.CurrentCaller;
import org.jinguo.platform.security.Permission;
import org.jinguo.unit.model.OrgUnit;
import org.jinguo.volunteer.model.Slot;
import org.jinguo.volunteer.model.Team;
import org.jinguo.volunteer.model.Volunteer;

/**
 * The Bridge's providers (供给库) of the caller's unit and below: registered by staff, reviewed before they are
 * offered orders, paused and resumed; each with the menu items she offers (of the kinds the item allows), the areas
 * she serves, when she is free, her capacity and the rating her orders earned.
 */
@Stateless
@ScopedToCaller
public class ProviderService {

    /** The states of an order that count against a provider's capacity. */
    static final List<OrderStatus> HOLDING = List.of(OrderStatus.DISPATCHED, OrderStatus.TAKEN, OrderStatus.IN_SERVICE);

    private static final Map<String, String> SORTS = Map.of("name", "p.name", "kind", "p.kind", "status", "p.status",
            "unitName", "p.unit.name", "capacity", "p.capacity");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public record ProviderRow(long id, ProviderKind kind, String name, String unitName, ProviderStatus status,
                              List<ItemName> items, List<String> areas, int capacity, long open, Double rating,
                              int ratings, long version) implements Serializable {

        public String itemNames(boolean english) {
            return String.join(english ? ", " : "、", items.stream().map(i -> i.name(english)).toList());
        }
    }

    public long register(@NotNull @Valid ProviderForm form) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        OrgUnit unit = Scoped.byId(em, OrgUnit.class, form.getUnitId());
        caller.require(Permission.RECORD_EDIT, unit.getPath());
        Provider provider = new Provider(form.getKind(), "", form.getCapacity());
        link(provider, form);
        provider.assignTo(unit);
        fill(provider, form);
        em.persist(provider);
        em.flush();
        return provider.getId();
    }

    public void update(@NotNull @Valid ProviderForm form) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        Provider provider = Scoped.byId(em, Provider.class, form.getId());
        caller.require(Permission.RECORD_EDIT, provider.getUnitPath());
        if (provider.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException();
        }
        if (provider.getKind() == ProviderKind.INSTITUTION || provider.getKind() == ProviderKind.CONTRACTOR && provider.getOrg() == null) {
            provider.setName(required(form.getName()));
        }
        provider.setCapacity(form.getCapacity());
        fill(provider, form);
        em.flush();
    }

    public ProviderForm editForm(long id) {
        currentCaller.require(Permission.RECORD_VIEW);
        Provider p = Scoped.byId(em, Provider.class, id);
        ProviderForm form = new ProviderForm();
        form.setId(p.getId());
        form.setVersion(p.getVersion());
        form.setUnitId(p.getUnit().getId());
        form.setKind(p.getKind());
        form.setName(p.getName());
        form.setPhone(p.getPhone());
        form.setIntroduction(p.getIntroduction());
        form.setCapacity(p.getCapacity());
        form.setItemIds(new ArrayList<>(p.getItems().stream().map(ServiceItem::getId).toList()));
        form.setAreaIds(new ArrayList<>(p.getAreas().stream().map(OrgUnit::getId).toList()));
        form.setSlots(new ArrayList<>(p.getSlots().stream().map(Slot::key).toList()));
        return form;
    }

    /** Review (待审核 → 可接单), pause and resume. A provider never goes back to waiting for review. */
    public void changeStatus(long id, @NotNull ProviderStatus status, long version) {
        Caller caller = currentCaller.require(Permission.RECORD_VIEW);
        Provider provider = Scoped.byId(em, Provider.class, id);
        caller.require(Permission.RECORD_EDIT, provider.getUnitPath());
        if (provider.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (status == ProviderStatus.PENDING || status == provider.getStatus()) {
            throw new BusinessRuleException("bridge.provider.statusUnchanged", null);
        }
        provider.setStatus(status);
        em.flush();
    }

    public List<ProviderRow> list(@NotNull ProviderFilter filter, int first, int max, Sorting sorting) {
        currentCaller.require(Permission.RECORD_VIEW);
        List<Provider> providers = conditions(filter).list(em, "SELECT p FROM Provider p JOIN FETCH p.unit",
                sorting.orderBy(SORTS, "p.status, p.name", "p.id"), Provider.class, first, max);
        return rows(providers);
    }

    public long count(@NotNull ProviderFilter filter) {
        currentCaller.require(Permission.RECORD_VIEW);
        return conditions(filter).count(em, "SELECT COUNT(p) FROM Provider p");
    }

    public ProviderRow row(long id) {
        currentCaller.require(Permission.RECORD_VIEW);
        return rows(List.of(Scoped.byId(em, Provider.class, id))).get(0);
    }

    List<ProviderRow> rows(List<Provider> providers) {
        if (providers.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> open = new HashMap<>();
        em.createQuery("SELECT o.provider.id, COUNT(o) FROM BridgeOrder o WHERE o.provider IN :providers "
                        + "AND o.status IN :holding GROUP BY o.provider.id", Object[].class)
                .setParameter("providers", providers).setParameter("holding", HOLDING).getResultList()
                .forEach(r -> open.put((Long) r[0], (Long) r[1]));
        return providers.stream().map(p -> new ProviderRow(p.getId(), p.getKind(), p.getName(), p.getUnit().getName(),
                p.getStatus(), p.getItems().stream().sorted(Comparator.comparing(ServiceItem::getLine)
                        .thenComparingInt(ServiceItem::getSortOrder))
                        .map(i -> new ItemName(i.getId(), i.getNameZh(), i.getNameEn())).toList(),
                p.getAreas().stream().map(OrgUnit::getName).sorted().toList(), p.getCapacity(),
                open.getOrDefault(p.getId(), 0L), p.rating(), p.getRatingCount(), p.getVersion())).toList();
    }

    private void link(Provider provider, ProviderForm form) {
        switch (form.getKind()) {
            case VOLUNTEER -> {
                Volunteer volunteer = Scoped.byId(em, Volunteer.class, form.getVolunteerId());
                unique("p.volunteer = :linked", volunteer);
                provider.setVolunteer(volunteer);
                provider.setPerson(volunteer.getPerson());
                provider.setName(volunteer.getPerson().getName());
            }
            case TEAM -> {
                Team team = Scoped.byId(em, Team.class, form.getTeamId());
                unique("p.team = :linked", team);
                provider.setTeam(team);
                provider.setName(team.getName());
            }
            case ORGANISATION -> {
                SocialOrg org = Scoped.byId(em, SocialOrg.class, form.getOrgId());
                unique("p.org = :linked", org);
                provider.setOrg(org);
                provider.setName(org.getName());
            }
            case CONTRACTOR -> {
                if (form.getOrgId() != null) {
                    SocialOrg org = Scoped.byId(em, SocialOrg.class, form.getOrgId());
                    unique("p.org = :linked", org);
                    provider.setOrg(org);
                    provider.setName(org.getName());
                } else {
                    provider.setName(required(form.getName()));
                }
            }
            case INSTITUTION -> provider.setName(required(form.getName()));
            case NEIGHBOUR -> {
                Person person = Scoped.byId(em, Person.class, form.getPersonId());
                unique("p.person = :linked AND p.kind = org.jinguo.bridge.model.ProviderKind.NEIGHBOUR", person);
                provider.setPerson(person);
                provider.setName(person.getName());
            }
            default -> throw new IllegalStateException(form.getKind().name());
        }
    }

    private void fill(Provider provider, ProviderForm form) {
        List<ServiceItem> items = form.getItemIds().isEmpty() ? List.of() : em.createQuery(
                "SELECT i FROM ServiceItem i WHERE i.id IN :ids", ServiceItem.class)
                .setParameter("ids", form.getItemIds()).getResultList();
        if (items.size() != new LinkedHashSet<>(form.getItemIds()).size()) {
            throw new BusinessRuleException("bridge.provider.itemUnknown", "items");
        }
        for (ServiceItem item : items) {
            if (!item.getKinds().contains(provider.getKind())) {
                throw new BusinessRuleException("bridge.provider.itemKind", "items", item.getNameZh());
            }
        }
        Set<OrgUnit> areas = new LinkedHashSet<>();
        for (Long areaId : form.getAreaIds()) {
            areas.add(Scoped.byId(em, OrgUnit.class, areaId));
        }
        provider.setItems(items);
        provider.setAreas(areas);
        provider.setSlots(form.getSlots().stream().map(Slot::ofKey).toList());
        provider.setPhone(blankToNull(form.getPhone()));
        provider.setIntroduction(blankToNull(form.getIntroduction()));
    }

    private void unique(String condition, Object linked) {
        boolean taken = !em.createQuery("SELECT p.id FROM Provider p WHERE " + condition, Long.class)
                .setParameter("linked", linked).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new BusinessRuleException("bridge.provider.duplicate", "name");
        }
    }

    private static String required(String name) {
        String value = blankToNull(name);
        if (value == null) {
            throw new BusinessRuleException("bridge.provider.nameRequired", "name");
        }
        return value.strip();
    }

    private Conditions conditions(ProviderFilter filter) {
        String path = filter.getUnitId() == null ? null : Scoped.byId(em, OrgUnit.class, filter.getUnitId()).getPath();
        String text = filter.getText();
        return new Conditions()
                .addIf(path != null, "p.unitPath LIKE :path", "path", () -> path + "%")
                .addIf(Like.given(text), "LOWER(p.name) LIKE :text" + Like.ESCAPE, "text", () -> Like.containing(text))
                .addIf(filter.getKind() != null, "p.kind = :kind", "kind", filter::getKind)
                .addIf(filter.getStatus() != null, "p.status = :status", "status", filter::getStatus)
                .addIf(filter.getItemId() != null, "EXISTS (SELECT i FROM Provider q JOIN q.items i WHERE q = p AND i.id = :item)",
                        "item", filter::getItemId)
                .addIf(filter.getLine() != null, "EXISTS (SELECT i FROM Provider q JOIN q.items i WHERE q = p AND i.line = :line)",
                        "line", filter::getLine);
    }
}
