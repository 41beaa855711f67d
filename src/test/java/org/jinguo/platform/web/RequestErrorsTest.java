package org.jinguo.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

/** Telling the database being away from a fault, naming the area of a page, and the log line's cause chain. */
class RequestErrorsTest {

    @Test
    void theDatabaseAwayIsToldApartFromAFault() {
        assertTrue(RequestErrors.isDatabaseOutage(new RuntimeException(new SQLException("gone", "08S01"))));
        assertTrue(RequestErrors.isDatabaseOutage(new IllegalStateException(new java.sql.SQLTransientConnectionException("x"))));
        assertTrue(RequestErrors.isDatabaseOutage(new RuntimeException(new SQLException("pool", null, 0,
                new ConnectException("Connection refused")))));
        assertFalse(RequestErrors.isDatabaseOutage(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23000"))));
        assertFalse(RequestErrors.isDatabaseOutage(new NullPointerException()));
    }

    @Test
    void aPageBelongsToTheAreaOfItsFolder() {
        assertEquals("volunteer", RequestErrors.area("/volunteer/hours.xhtml"));
        assertEquals("home", RequestErrors.area("/index.xhtml"));
        assertEquals("home", RequestErrors.area(""));
    }

    @Test
    void theLogLineNamesTypesAndStatesButNoMessage() {
        String chain = RequestErrors.chain(new IllegalStateException("for 13912345678",
                new SQLException("Duplicate entry '500105199001011234'", "23000")));
        assertEquals("java.lang.IllegalStateException > java.sql.SQLException[23000]", chain);
    }

    @Test
    void referencesAreShortAndUnambiguous() {
        String ref = RequestErrors.newReference();
        assertTrue(ref.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), ref);
        assertFalse(ref.equals(RequestErrors.newReference()));
    }
}
