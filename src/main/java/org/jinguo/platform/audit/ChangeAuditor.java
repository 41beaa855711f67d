package org.jinguo.platform.audit;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.changesets.AggregateChangeRecord;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectCollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectChangeSet;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;
import org.jinguo.platform.ops.Metrics;
import org.jinguo.platform.persistence.BaseEntity;
import org.jinguo.platform.scope.Unit;
import org.jinguo.platform.scope.UnitOwned;

/**
 * Writes an audit entry for every insert, update and delete of a stored record, with each changed
 * field as {@code field: old → new}, in the transaction that makes the change. Registered on every
 * entity descriptor by the persistence unit's session customizer, so a new entity is audited without
 * anyone remembering to. Fields marked {@link AuditIgnored} are left out; {@link AuditMasked} fields
 * are named without their values.
 */
public class ChangeAuditor extends DescriptorEventAdapter implements SessionCustomizer {

    static final String ARROW = " → ";
    private static final int VALUE_LENGTH = 200;
    private static final Map<Class<?>, Map<String, Treatment>> TREATMENTS = new ConcurrentHashMap<>();

    enum Treatment { LISTED, MASKED, IGNORED }

    /** Session customizer: registers the auditor on every entity descriptor. */
    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            Class<?> type = descriptor.getJavaClass();
            if (BaseEntity.class.isAssignableFrom(type) && !type.isAnnotationPresent(AuditIgnored.class)) {
                descriptor.getEventManager().addListener(new ChangeAuditor());
            }
        }
    }

    @Override
    public void postInsert(DescriptorEvent event) {
        Metrics.count("jinguo_records_created_total", "type", event.getSource().getClass().getSimpleName());
        write(event, AuditAction.CREATE, describeNew(event.getSource(), event.getDescriptor(), event.getSession()));
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        String changes = describe(event.getSource(), changeSetOf(event));
        if (!changes.isEmpty()) {
            write(event, AuditAction.UPDATE, changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        write(event, AuditAction.DELETE, null);
    }

    /** The event carries the change set only for some event codes; the write query always has it. */
    private static ObjectChangeSet changeSetOf(DescriptorEvent event) {
        if (event.getChangeSet() != null) {
            return event.getChangeSet();
        }
        return event.getQuery() instanceof WriteObjectQuery write ? write.getObjectChangeSet() : null;
    }

    private static void write(DescriptorEvent event, AuditAction action, String detail) {
        Object source = event.getSource();
        BaseEntity entity = (BaseEntity) source;
        AuditWriter.write(new AuditRecord(Instant.now(), action, AuditContext.actor(), unitPathOf(source),
                source.getClass().getSimpleName(), entity.getId(), detail));
    }

    static String unitPathOf(Object record) {
        if (record instanceof Unit unit) {
            return unit.getPath();
        }
        if (record instanceof UnitOwned owned) {
            return owned.getUnitPath();
        }
        return null;
    }

    /**
     * A new record: one line per audited attribute that has a value, read through the descriptor's
     * mappings (a new object's change set need not list its attributes).
     */
    static String describeNew(Object source, ClassDescriptor descriptor, AbstractSession session) {
        Map<String, Treatment> treatments = treatmentsOf(source.getClass());
        List<String> lines = new ArrayList<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            String attribute = mapping.getAttributeName();
            Treatment treatment = treatments.getOrDefault(attribute, Treatment.LISTED);
            Object value = mapping.getAttributeValueFromObject(source);
            if (treatment == Treatment.IGNORED || value == null || mapping.isCollectionMapping()) {
                continue;
            }
            if (treatment == Treatment.MASKED) {
                lines.add(attribute + ": ***");
            } else if (mapping.isDirectToFieldMapping()) {
                lines.add(attribute + ": " + text(value));
            } else if (mapping.isAggregateObjectMapping()) {
                // an embedded value (a unit's profile): its own attributes, each under this one's name
                for (String line : describeNew(value, mapping.getReferenceDescriptor(), session).split("\n")) {
                    if (!line.isEmpty()) {
                        lines.add(attribute + "." + line);
                    }
                }
            } else if (mapping.isObjectReferenceMapping()) {
                Object target = mapping.getRealAttributeValueFromObject(source, session);
                if (target instanceof BaseEntity entity) {
                    lines.add(attribute + ": " + text(entity.getId()));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** One line per audited changed attribute, in mapping order. */
    static String describe(Object source, ObjectChangeSet changeSet) {
        if (changeSet == null) {
            return "";
        }
        Map<String, Treatment> treatments = treatmentsOf(source.getClass());
        List<String> lines = new ArrayList<>();
        for (ChangeRecord change : changeSet.getChanges()) {
            String attribute = change.getAttribute();
            Treatment treatment = treatments.getOrDefault(attribute, Treatment.LISTED);
            if (treatment == Treatment.IGNORED) {
                continue;
            }
            if (treatment == Treatment.MASKED) {
                lines.add(attribute + ": ***");
                continue;
            }
            String line = describe(change);
            if (line != null) {
                lines.add(attribute + ": " + line);
            }
        }
        return String.join("\n", lines);
    }

    /** An update's change of one attribute, {@code old → new}. */
    private static String describe(ChangeRecord change) {
        if (change instanceof DirectToFieldChangeRecord direct) {
            return text(direct.getOldValue()) + ARROW + text(direct.getNewValue());
        }
        if (change instanceof ObjectReferenceChangeRecord reference) {
            Object old = reference.getOldValue();
            String previous = old instanceof BaseEntity entity ? text(entity.getId()) : text(old);
            return previous + ARROW + (reference.getNewValue() == null ? "" : text(reference.getNewValue().getId()));
        }
        if (change instanceof AggregateChangeRecord aggregate && aggregate.getChangedObject() != null) {
            List<String> parts = new ArrayList<>();
            for (ChangeRecord inner : aggregate.getChangedObject().getChanges()) {
                boolean same = inner instanceof DirectToFieldChangeRecord direct
                        && text(direct.getOldValue()).equals(text(direct.getNewValue()));
                String line = describe(inner);
                if (!same && line != null) {
                    parts.add(inner.getAttribute() + " " + line);
                }
            }
            // an embedded value read as null and written back empty is no change at all
            return parts.isEmpty() ? null : String.join("; ", parts);
        }
        if (change instanceof DirectCollectionChangeRecord collection) {
            Collection<?> added = collection.getAddObjectList();
            Collection<?> removed = collection.getRemoveObjectList();
            return "+" + added + " -" + removed;
        }
        return "(changed)";
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value).replace('\n', ' ').replace('\r', ' ');
        return AuditRecord.truncate(text, VALUE_LENGTH);
    }

    static Map<String, Treatment> treatmentsOf(Class<?> type) {
        return TREATMENTS.computeIfAbsent(type, ChangeAuditor::scan);
    }

    private static Map<String, Treatment> scan(Class<?> type) {
        Map<String, Treatment> treatments = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(AuditIgnored.class)) {
                    treatments.putIfAbsent(field.getName(), Treatment.IGNORED);
                } else if (field.isAnnotationPresent(AuditMasked.class)) {
                    treatments.putIfAbsent(field.getName(), Treatment.MASKED);
                }
            }
        }
        // Bookkeeping every record has: the version, the change instants, the copy of the unit's path.
        for (String bookkeeping : List.of("version", "createdAt", "updatedAt", "unitPath")) {
            treatments.put(bookkeeping, Treatment.IGNORED);
        }
        return treatments;
    }
}

