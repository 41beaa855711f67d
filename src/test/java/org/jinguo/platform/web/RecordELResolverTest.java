package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Row(long id, String name) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsRecordComponents() {
        ELContext context = new TestContext();
        assertEquals("观音桥", resolver.getValue(context, new Row(7, "观音桥"), "name"));
        assertTrue(context.isPropertyResolved());
        assertTrue(resolver.isReadOnly(new TestContext(), new Row(7, "x"), "id"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(new TestContext(), new Row(7, "x"), "name", "y"));
    }

    @Test
    void leavesEverythingElseToTheOtherResolvers() {
        ELContext context = new TestContext();
        assertNull(resolver.getValue(context, new Row(7, "x"), "missing"));
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
    }

    private static final class TestContext extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
