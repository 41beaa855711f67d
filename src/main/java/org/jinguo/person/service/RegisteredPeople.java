package org.jinguo.person.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jinguo.person.model.Person;
import org.jinguo.platform.sensitive.FieldCipher;
import org.jinguo.platform.sensitive.IdCardNumber;

/** Finding many people of the registry by ID-card number at once (imports), through the numbers' keyed hashes. */
public final class RegisteredPeople {

    private static final int CHUNK = 500;

    private RegisteredPeople() {
    }

    /** The people (in the entity manager's scope) with the given valid numbers, by number, 500 at a time. */
    public static Map<String, Person> byIdCards(EntityManager em, FieldCipher cipher, Collection<String> idCards) {
        Map<String, String> idByHash = new HashMap<>();
        for (String idCard : idCards) {
            if (idCard != null && IdCardNumber.isValid(idCard)) {
                idByHash.put(cipher.searchHash(idCard), idCard);
            }
        }
        Map<String, Person> registered = new HashMap<>();
        List<String> hashes = new ArrayList<>(idByHash.keySet());
        for (int from = 0; from < hashes.size(); from += CHUNK) {
            em.createQuery("SELECT p FROM Person p WHERE p.idCardHash IN :hashes", Person.class)
                    .setParameter("hashes", hashes.subList(from, Math.min(hashes.size(), from + CHUNK)))
                    .getResultList()
                    .forEach(person -> registered.putIfAbsent(idByHash.get(person.getIdCardHash()), person));
        }
        return registered;
    }
}
