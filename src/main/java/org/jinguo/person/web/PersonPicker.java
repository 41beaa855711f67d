package org.jinguo.person.web;

import org.jinguo.person.service.PersonRow;

/**
 * A page's bean whose form picks a person of the registry (a volunteer's, an office holder's): the quick
 * registration dialog ({@code WEB-INF/includes/new-person-dialog.xhtml}) hands it the person it registered, or
 * the existing one chosen among the possible duplicates, without leaving the form.
 */
public interface PersonPicker {

    void pickPerson(PersonRow person);
}
