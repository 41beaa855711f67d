package org.jinguo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

/**
 * What lives in a user's session can move to another server (docs/scaling.md): sessions are replicated through
 * Payara's Data Grid, which serializes them. Every session-, conversation- and view-scoped bean is serializable,
 * and so is every field it keeps: a value, a collection of such values (what it is declared to hold), or a bean the
 * container injects (its proxy is). What the fields hold at run time is checked on every page the browser tests
 * open (SessionCheckFilter). A field of any other type (a stream, a connection, a non-serializable helper) must be
 * {@code transient} and rebuilt.
 */
@AnalyzeClasses(packages = "org.jinguo", importOptions = ImportOption.DoNotIncludeTests.class)
class SessionStateTest {

    private static final DescribedPredicate<JavaClass> KEPT_IN_THE_SESSION = new DescribedPredicate<>(
            "session-, conversation- or view-scoped") {
        @Override
        public boolean test(JavaClass c) {
            return c.isAnnotatedWith(SessionScoped.class) || c.isAnnotatedWith(ConversationScoped.class)
                    || c.isAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                    || c.isAnnotatedWith(org.omnifaces.cdi.ViewScoped.class);
        }
    };

    @ArchTest
    static final ArchRule sessionBeansAreSerializable = classes().that(KEPT_IN_THE_SESSION)
            .should().beAssignableTo(Serializable.class)
            .andShould(keepOnlySerializableFields())
            .because("a session is written to the Data Grid and read on another server when its own fails");

    private static ArchCondition<JavaClass> keepOnlySerializableFields() {
        return new ArchCondition<>("keep only serializable fields (or transient ones)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaClass owner = c; owner != null && owner.getPackageName().startsWith("org.jinguo");
                     owner = owner.getRawSuperclass().orElse(null)) {
                    for (JavaField field : owner.getFields()) {
                        if (!field.getModifiers().contains(JavaModifier.STATIC)
                                && !field.getModifiers().contains(JavaModifier.TRANSIENT) && !serializable(field)) {
                            events.add(SimpleConditionEvent.violated(c, field.getFullName() + " (" + field.getRawType().getName()
                                    + ") is neither serializable nor transient"));
                        }
                    }
                }
            }
        };
    }

    private static boolean serializable(JavaField field) {
        if (field.isAnnotatedWith(Inject.class) || field.isAnnotatedWith(EJB.class)) {
            return true; // the container's proxy is serializable whatever it stands for
        }
        JavaClass type = field.getRawType();
        if (type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class)) {
            // declared as an interface, held as ArrayList, HashMap, List.of(…): those serialize if what they hold does
            return elementsSerializable(field.getType());
        }
        return type.isPrimitive() || type.isArray() && (type.getBaseComponentType().isPrimitive()
                || type.getBaseComponentType().isAssignableTo(Serializable.class))
                || type.isAssignableTo(Serializable.class)
                // PrimeFaces' models, declared as their interfaces, held as DefaultTreeNode / DefaultScheduleModel
                || type.isEquivalentTo(org.primefaces.model.TreeNode.class)
                || type.isEquivalentTo(org.primefaces.model.ScheduleModel.class);
    }

    /** The element (and key) types of a collection or map field: each serializable, as far as they are declared. */
    private static boolean elementsSerializable(JavaType type) {
        if (!(type instanceof JavaParameterizedType parameterized)) {
            return true; // a raw collection: nothing declared to check
        }
        for (JavaType argument : parameterized.getActualTypeArguments()) {
            JavaClass element = argument.toErasure();
            if (element.isAssignableTo(Collection.class) || element.isAssignableTo(Map.class)) {
                if (!elementsSerializable(argument)) {
                    return false;
                }
            } else if (!(element.isPrimitive() || element.isInterface() || element.isEquivalentTo(Object.class)
                    || element.isAssignableTo(Serializable.class))) {
                return false;
            }
        }
        return true;
    }
}
